// A real store in a temporary folder, opened as a station (with the demo event), for one test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStation } from '../../src/main/kiosk/station';
import type { Station } from '../../src/main/kiosk/check-in';

export function tempStation(): Station & { dir: string; close(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-test-'));
  const station = openStation(path.join(dir, 'entre.db'));
  return {
    ...station,
    dir,
    close() {
      station.db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
