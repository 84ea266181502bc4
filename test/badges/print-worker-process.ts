// One station process for print-worker-lock.test.ts: opens the store as the kiosk or `entre serve` do,
// with a printer that notes which process printed which badge. It queues a reprint of the guest named
// on each line of stdin and says "ready" once it is open.
import fs from 'node:fs';
import readline from 'node:readline';
import { openStation } from '../../src/main/kiosk/station';
import { searchGuests } from '../../src/main/store/guests';
import { getActiveEvent } from '../../src/main/store/events';

const [storeFile, printedLog] = process.argv.slice(2) as [string, string];
const station = openStation(storeFile, {
  printBackend: {
    async print(request) {
      fs.appendFileSync(printedLog, `${process.pid} ${request.title}\n`);
      return 'printed';
    },
  },
});
readline.createInterface({ input: process.stdin }).on('line', (name) => {
  const [guest] = searchGuests(station.db, getActiveEvent(station.db)!.id, name);
  const job = station.badges!.reprint(guest!.id);
  console.log(`queued ${job.id}`);
});
console.log('ready');
