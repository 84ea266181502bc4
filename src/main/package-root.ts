import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of Entré's package.json, found from this module's location (source or built). */
export function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`package.json not found above ${from}`);
  }
}

/** The built kiosk UI (electron-vite build), served by the Electron shell and the browser station alike. */
export const rendererDir = (): string => path.join(packageRoot(), 'out', 'renderer');
