// Child process of the kill test: checks guests in as fast as it can through the real check-in path and
// reports each acknowledged check-in on stdout, written synchronously after the commit returned.
import fs from 'node:fs';
import { checkInByCode } from '../../src/main/kiosk/check-in';
import { openStation } from '../../src/main/kiosk/station';

const [dbFile, codesFile, start] = process.argv.slice(2) as [string, string, string];
const codes = fs.readFileSync(codesFile, 'utf8').split('\n').filter(Boolean).slice(Number(start));
const station = openStation(dbFile);
fs.writeSync(1, 'ready\n');
for (const code of codes) {
  const outcome = checkInByCode(station, code, 'wedge');
  if (outcome.kind !== 'welcome') throw new Error(`expected a welcome for ${code}, got ${outcome.kind}`);
  fs.writeSync(1, `ack ${outcome.guest.id}\n`);
}
