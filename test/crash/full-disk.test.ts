// A kiosk whose disk fills up: staff get a plain message, no check-in is half-written, and check-ins
// resume once space returns. A real filesystem runs out here: a 16 MB tmpfs (mounting needs root, as CI has),
// room for a new store (16 KiB pages: about 0.9 MB empty and 1.7 MB of WAL while it migrates) and its guests,
// then filled up.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ApiError, createHandlers, dispatch } from '../../src/main/api/handlers';
import { openDatabase } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';

const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-full-disk-'));

function tryMount(): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
  }
}

const mountProblem = tryMount();
if (mountProblem && process.env.CI)
  throw new Error(`CI must be able to mount a tmpfs for the full-disk test: ${mountProblem}`);

/** Fills the filesystem with one file until it refuses more. */
function fillDisk(file: string): void {
  const block = Buffer.alloc(64 * 1024, 1);
  const fd = fs.openSync(file, 'w');
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

describe.skipIf(mountProblem !== null)('a kiosk on a full disk', () => {
  afterAll(() => {
    execFileSync('umount', [mountPoint]);
    fs.rmdirSync(mountPoint);
  });

  let codes: string[] = [];
  const dbFile = path.join(mountPoint, 'entre.db');
  const filler = path.join(mountPoint, 'filler');

  beforeAll(() => {
    const db = openDatabase(dbFile);
    const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
    setActiveEvent(db, event.id);
    codes = Array.from({ length: 400 }, (_, i) => `fulldisk${String(i).padStart(8, '0')}`);
    db.transaction(() => {
      for (const code of codes) {
        insertGuest(db, {
          eventId: event.id,
          code,
          firstName: 'Gäst',
          lastName: code,
          title: '',
          department: '',
          email: '',
          source: 'import',
        });
      }
    })();
    db.close();
  });

  it('refuses check-ins in plain words, writes nothing half, and resumes when space returns', () => {
    const db = openDatabase(dbFile);
    // Closed however the test ends, so that the filesystem can be unmounted.
    onTestFinished(() => {
      if (db.open) db.close();
    });
    const handlers = createHandlers({ db, stationId: stationId(db) });
    fillDisk(filler);

    let refused: { code: string; error: ApiError } | null = null;
    let admitted = 0;
    for (const code of codes) {
      try {
        expect(dispatch(handlers, 'checkInByCode', { code, method: 'wedge' }).kind).toBe('welcome');
        admitted++;
      } catch (error) {
        refused = { code, error: error as ApiError };
        break;
      }
    }
    expect(refused, `all ${admitted} check-ins fitted on the full disk`).not.toBeNull();
    expect(refused!.error).toBeInstanceOf(ApiError);
    expect(refused!.error.body).toEqual({
      code: 'storage',
      reason: 'store-full',
      message: 'The disk is full: nothing was saved. Free some space and try again.',
    });
    const events = () =>
      (db.prepare("SELECT count(*) AS n FROM attendance_events WHERE kind = 'check-in'").get() as { n: number }).n;
    expect(events()).toBe(admitted);

    fs.rmSync(filler);
    expect(dispatch(handlers, 'checkInByCode', { code: refused!.code, method: 'wedge' }).kind).toBe('welcome');
    expect(events()).toBe(admitted + 1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
