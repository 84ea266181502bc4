// The cameras this browser can see, kept current as devices come and go. Listing devices needs no
// camera permission (labels stay empty until it is granted), so staff settings can tell "no camera
// connected" even while the kiosk is not using the camera.
import { useEffect, useState } from 'react';

export interface CameraDevice {
  deviceId: string;
  /** Null when the browser gives the camera no name: it is then called by its number. */
  label: string | null;
}

async function listCameras(): Promise<CameraDevice[]> {
  const devices = (await navigator.mediaDevices?.enumerateDevices()) ?? [];
  return devices
    .filter((device) => device.kind === 'videoinput')
    .map((device) => ({ deviceId: device.deviceId, label: device.label || null }));
}

/** The connected cameras; null until the browser has answered. */
export function useCameraDevices(): CameraDevice[] | null {
  const [cameras, setCameras] = useState<CameraDevice[] | null>(null);
  useEffect(() => {
    let current = true;
    const refresh = () =>
      void listCameras().then(
        (found) => current && setCameras(found),
        () => current && setCameras([]),
      );
    refresh();
    navigator.mediaDevices?.addEventListener('devicechange', refresh);
    return () => {
      current = false;
      navigator.mediaDevices?.removeEventListener('devicechange', refresh);
    };
  }, []);
  return cameras;
}
