/**
 * The kiosk page's Content-Security-Policy, the same in Electron and in the browser station: only the
 * app's own scripts, styles and API; media from the camera; nothing embedded, nothing framed.
 * 'wasm-unsafe-eval' lets the page compile WebAssembly (the app's own QR decoder, ZXing-C++, served from
 * 'self' like the scripts); it allows no eval of JavaScript.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
