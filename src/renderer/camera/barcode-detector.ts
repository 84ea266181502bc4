// Decoding goes through the standard BarcodeDetector API, which html5-qrcode uses when asked to
// (experimentalFeatures.useBarCodeDetectorIfSupported) and when one exists on window. Where the
// platform has none (Chromium on Linux, Electron) the `barcode-detector` polyfill is put there: it
// runs ZXing-C++ compiled to WebAssembly, which reads what html5-qrcode's own ZXing-js port misses
// (phones in dark mode, codes held at an angle, glare) in a few milliseconds a frame.
// The .wasm file is part of the app's build and served by the app itself, never fetched from a CDN.
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import zxingReaderWasm from 'zxing-wasm/reader/zxing_reader.wasm?url';

let installed = false;

/** Puts ZXing-C++ behind window.BarcodeDetector unless the platform has its own; compiles it at once. */
export function installBarcodeDetector(): void {
  if (installed || 'BarcodeDetector' in window) return;
  installed = true;
  // Compiled now rather than on the first frame with a code, which would then wait for it.
  void prepareZXingModule({
    overrides: {
      locateFile: (file: string, prefix: string) => (file.endsWith('.wasm') ? zxingReaderWasm : prefix + file),
    },
    fireImmediately: true,
  });
  Object.defineProperty(window, 'BarcodeDetector', { value: BarcodeDetector, configurable: true, writable: true });
}
