// Badge photos: how long the kiosk's answer with a picture takes until the badge job is queued (check,
// store with consent, queue), and how long the who's-who of 200 guests with photos takes to render.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile, round, type BenchRow, type BenchSuite } from '../harness';
import { openStation } from '../../src/main/kiosk/station';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { getActiveEvent } from '../../src/main/store/events';
import { listGuests } from '../../src/main/store/guests';
import { savePrinterSettings } from '../../src/main/store/badge-designs';
import { savePhotoSettings } from '../../src/main/photos/settings';
import { renderWhosWho, type WhosWhoEntry } from '../../src/main/photos/whos-who';

const SUITE = 'photos';
const BOOKLET_GUESTS = 200;
const FACE = fs.readFileSync(path.resolve('test/fixtures/face.jpg'));

/** answerPhotoQuestion with a picture, for each demo guest just checked in: ms until the job is queued. */
async function answerToQueued(): Promise<number[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-bench-photos-'));
  const station = openStation(path.join(dir, 'entre.db'));
  try {
    // A queue that does not exist: the jobs fail in the background, after the figure was taken.
    savePrinterSettings(station.db, { printer: 'entre-bench-no-such-queue', printOnCheckIn: true });
    savePhotoSettings(station.db, { kioskQuestion: true, whosWhoInitials: false });
    const handlers = createHandlers(station);
    const jpeg = FACE.toString('base64');
    const times: number[] = [];
    for (const guest of listGuests(station.db, getActiveEvent(station.db)!.id)) {
      checkInGuest(station, guest.id, 'search');
      const start = performance.now();
      dispatch(handlers, 'answerPhotoQuestion', { guestId: guest.id, jpeg });
      times.push(performance.now() - start);
    }
    await station.badges!.idle();
    return times;
  } finally {
    station.db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function bookletMs(): Promise<number> {
  const departments = ['Socialförvaltningen', 'Äldreförvaltningen', 'Kulturförvaltningen', 'Stadsledningskontoret'];
  const entries: WhosWhoEntry[] = Array.from({ length: BOOKLET_GUESTS }, (_, i) => ({
    fullName: `Gäst ${i} Lindqvist`,
    title: 'Enhetschef',
    department: departments[i % departments.length]!,
    photo: FACE,
  }));
  await renderWhosWho('warm-up', entries.slice(0, 4));
  const start = performance.now();
  await renderWhosWho('Deltagare · Ledarforum', entries);
  return performance.now() - start;
}

export const suite: BenchSuite = {
  name: SUITE,
  async run() {
    const times = await answerToQueued();
    const p95 = round(percentile(times, 95));
    const booklet = round(await bookletMs());
    const rows: BenchRow[] = [
      {
        suite: SUITE,
        case: 'photo answer to badge queued, p95',
        value: p95,
        unit: 'ms',
        goal: '≤ 300 ms',
        met: p95 <= 300,
        note: `${times.length} guests, 6 KB JPEG; the kiosk's canvas encoding is not included`,
      },
      {
        suite: SUITE,
        case: "who's-who of 200 guests with photos",
        value: booklet,
        unit: 'ms',
        goal: '≤ 3000 ms',
        met: booklet <= 3000,
      },
    ];
    return rows;
  },
};
