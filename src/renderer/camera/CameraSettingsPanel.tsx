// The camera section of staff settings: what is wrong with the camera, if anything, and which to use.
import { CameraChoice } from './CameraChoice';
import { CameraStatus } from './CameraStatus';

export function CameraSettingsPanel() {
  return (
    <>
      <CameraStatus />
      <CameraChoice />
    </>
  );
}
