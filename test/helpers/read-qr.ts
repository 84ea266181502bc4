// Reads QR codes from an image file with ZXing-C++ (zxing-wasm), the same library the kiosk's camera
// uses, with its wasm loaded from node_modules instead of a CDN.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

let ready: Promise<unknown> | null = null;

export async function readQrCodes(file: string): Promise<string[]> {
  ready ??= (() => {
    const wasmFile = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
    const wasm = fs.readFileSync(wasmFile);
    return prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
      fireImmediately: true,
    });
  })();
  await ready;
  const found = await readBarcodes(new Uint8Array(fs.readFileSync(file)), { formats: ['QRCode'], tryInvert: true });
  return found.filter((code) => code.isValid).map((code) => code.text);
}
