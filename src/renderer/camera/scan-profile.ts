// How the camera is read. Entré's profile was chosen by measurement (bench/suites/camera-scan.ts):
// QR only, decoded by ZXing-C++ through the BarcodeDetector API (barcode-detector.ts), one decode per
// frame (no mirrored retry), a square region in the middle of the preview and a short pause between
// decodes. The other profiles exist only so the bench can compare: the same settings decoded by
// html5-qrcode's own ZXing-js port, and html5-qrcode's defaults.
import { Html5QrcodeSupportedFormats, type Html5QrcodeCameraScanConfig } from 'html5-qrcode';

export type ScanProfileName = 'entre' | 'entre-zxing-js' | 'library-defaults';

export interface ScanProfile {
  name: ScanProfileName;
  formats: Html5QrcodeSupportedFormats[] | undefined;
  config: Html5QrcodeCameraScanConfig;
  /** Decode through window.BarcodeDetector (ZXing-C++ where the platform has none) rather than ZXing-js. */
  barcodeDetector: boolean;
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
  barcodeDetector: true,
};

/** What html5-qrcode does when given nothing but a camera: 2 fps (its SCAN_DEFAULT_FPS), every format, whole frame. */
const LIBRARY_DEFAULTS: ScanProfile = {
  name: 'library-defaults',
  formats: undefined,
  config: { fps: 2 },
  barcodeDetector: false,
};

const PROFILES: ScanProfile[] = [
  ENTRE_PROFILE,
  { ...ENTRE_PROFILE, name: 'entre-zxing-js', barcodeDetector: false },
  LIBRARY_DEFAULTS,
];

/** Entré's profile, unless the page was opened with ?scan-profile=<another name> (the bench does). */
export function scanProfile(search = window.location.search): ScanProfile {
  const name = new URLSearchParams(search).get('scan-profile');
  return PROFILES.find((profile) => profile.name === name) ?? ENTRE_PROFILE;
}
