// How the camera is read. Entré's profile was chosen by measurement (bench/suites/camera-scan.ts):
// QR only, one decode per frame (no mirrored retry), a square region in the middle of the preview and
// a short pause between decodes. The library-defaults profile exists only so the bench can compare.
import { Html5QrcodeSupportedFormats, type Html5QrcodeCameraScanConfig } from 'html5-qrcode';

export type ScanProfileName = 'entre' | 'library-defaults';

export interface ScanProfile {
  name: ScanProfileName;
  formats: Html5QrcodeSupportedFormats[] | undefined;
  config: Html5QrcodeCameraScanConfig;
}

/** Side of the scan square as a share of the preview's shorter side: room to aim, little to decode. */
const REGION_SHARE = 0.7;

const ENTRE_PROFILE: ScanProfile = {
  name: 'entre',
  formats: [Html5QrcodeSupportedFormats.QR_CODE],
  config: {
    fps: 30,
    disableFlip: true,
    qrbox: (width, height) => {
      const side = Math.floor(Math.min(width, height) * REGION_SHARE);
      return { width: side, height: side };
    },
  },
};

/** What html5-qrcode does when given nothing but a camera: 2 fps (its SCAN_DEFAULT_FPS), every format, whole frame. */
const LIBRARY_DEFAULTS: ScanProfile = { name: 'library-defaults', formats: undefined, config: { fps: 2 } };

/** Entré's profile, unless the page was opened with ?scan-profile=library-defaults (the bench does). */
export function scanProfile(search = window.location.search): ScanProfile {
  return new URLSearchParams(search).get('scan-profile') === 'library-defaults' ? LIBRARY_DEFAULTS : ENTRE_PROFILE;
}
