// The export's file name comes from the event's name, which anyone who made the event chose: it is
// saved in the folder the user picked, whatever the name holds.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAttendance } from '../helpers/export-whole';
import { createEvent } from '../../src/main/store/events';
import { exportFileName } from '../../src/main/export/export-file';
import { MAX_FILE_NAME_BYTES } from '../../src/shared/safe-file-name';
import { tempStore } from '../helpers/temp';

describe('the export file name', () => {
  it('stays one file in the chosen folder for any event name', async () => {
    const { db, dir } = tempStore();
    const names = ['../../etc/Ledarforum', 'CON', 'nul', '..', 'Möte\u202egnp.exe', 'Å'.repeat(500), ' . '];
    for (const name of names) {
      const event = createEvent(db, { name, startsOn: null, venue: null });
      const { fileName, bytes } = await exportAttendance(db, event, 'csv', 'missing', new Date('2026-03-12T09:00:00Z'));
      expect(fileName).toMatch(/-missing-2026-03-12\.csv$/);
      expect(fileName).not.toMatch(/^(con|nul)(\.|$)/i);
      expect(Buffer.byteLength(fileName)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      const target = path.join(dir, fileName);
      expect(path.dirname(target)).toBe(dir);
      fs.writeFileSync(target, bytes);
      expect(fs.existsSync(target)).toBe(true);
    }
  });

  it("carries the day in the event's zone: just after midnight in Stockholm it is already the new day", () => {
    const { db } = tempStore();
    const event = {
      ...createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null }),
      timeZone: 'Europe/Stockholm',
    };
    // 00:30 on 3 December in Stockholm is 23:30 on 2 December in UTC.
    expect(exportFileName(event, 'attendance', 'csv', new Date('2026-12-02T23:30:00Z'))).toBe(
      'Ledarforum-attendance-2026-12-03.csv',
    );
    // And on 28 March 2027, the night the clocks go forward: 03:30 summer time is 01:30 UTC, the same day.
    expect(exportFileName(event, 'missing', 'csv', new Date('2027-03-28T01:30:00Z'))).toBe(
      'Ledarforum-missing-2027-03-28.csv',
    );
  });
});
