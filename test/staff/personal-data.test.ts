import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventSettings, purgePersonalData, saveEventSettings } from '../../src/main/staff/personal-data';
import { allStaffGuests } from '../helpers/staff-guests';
import { dashboardFigures } from '../../src/main/staff/dashboard';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { exportAttendance } from '../helpers/export-whole';
import { getActiveEvent } from '../../src/main/store/events';
import { searchGuests, updateGuestFields } from '../../src/main/store/guests';
import { attendanceLog } from '../../src/main/store/attendance';
import { tempStation } from '../helpers/temp-station';

let station: ReturnType<typeof tempStation>;
afterEach(() => station?.close());

describe('personal data', () => {
  it('keeps a retention setting and notes when the attendance was last exported', async () => {
    station = tempStation();
    const event = getActiveEvent(station.db)!;
    expect(eventSettings(station.db, event.id)).toMatchObject({ retentionDays: null, lastExportedAt: null });
    saveEventSettings(station.db, event.id, {
      name: 'Ledarforum 2026',
      startsOn: '2026-03-12',
      venue: 'Stadshuset',
      retentionDays: 30,
    });
    const now = new Date('2026-03-12T17:00:00Z');
    await exportAttendance(station.db, event, 'csv', 'missing', now);
    expect(eventSettings(station.db, event.id).lastExportedAt).toBeNull();
    await exportAttendance(station.db, event, 'csv', 'attendance', now);
    expect(eventSettings(station.db, event.id)).toMatchObject({
      event: { name: 'Ledarforum 2026', startsOn: '2026-03-12', venue: 'Stadshuset' },
      retentionDays: 30,
      lastExportedAt: now.toISOString(),
    });
  });

  it('purges names, titles, e-mails and codes but keeps the counts and the whole log', () => {
    station = tempStation();
    const event = getActiveEvent(station.db)!;
    const before = allStaffGuests(station.db, event.id);
    checkInGuest(station, before[0]!.id, 'wedge');
    checkInGuest(station, before[1]!.id, 'search');
    const figuresBefore = dashboardFigures(station.db, event.id);

    expect(purgePersonalData(station.db, event.id)).toBe(before.length);
    const after = allStaffGuests(station.db, event.id);
    expect(after.every((g) => g.fullName === '' && g.title === '' && g.email === '')).toBe(true);
    expect(after.map((g) => g.department).sort()).toEqual(before.map((g) => g.department).sort());
    expect(after.filter((g) => g.checkedInAt !== null)).toHaveLength(2);
    expect(dashboardFigures(station.db, event.id)).toMatchObject({
      expected: figuresBefore.expected,
      arrivedExpected: 2,
      missing: figuresBefore.missing,
    });
    expect(attendanceLog(station.db, event.id)).toHaveLength(2);
    expect(searchGuests(station.db, event.id, before[0]!.lastName)).toEqual([]);
    const codes = station.db.prepare('SELECT code FROM guests WHERE event_id = ?').all(event.id) as { code: string }[];
    expect(codes.every((row) => row.code.startsWith('purged'))).toBe(true);
    expect(eventSettings(station.db, event.id).purgedAt).not.toBeNull();
  });

  it("leaves no purged name or e-mail anywhere in the store's files, while the kiosk keeps it open", () => {
    station = tempStation();
    const event = getActiveEvent(station.db)!;
    const guest = allStaffGuests(station.db, event.id)[0]!;
    // Segments unmerged, as in a large store where merging has not reached the old ones yet.
    station.db.prepare("INSERT INTO guest_search (guest_search, rank) VALUES ('automerge', 0)").run();
    // Edited twice, so older copies of the row are in the files too.
    updateGuestFields(station.db, guest.id, {
      firstName: 'Henrietta',
      lastName: 'Zetterqvist',
      title: 'Kommundirektör',
      department: guest.department,
      email: 'henrietta.zetterqvist@kommun.example',
    });
    updateGuestFields(station.db, guest.id, {
      firstName: 'Henrietta',
      lastName: 'Zetterqvist-Ek',
      title: 'Kommundirektör',
      department: guest.department,
      email: 'henrietta.zetterqvist@kommun.example',
    });
    const store = path.join(station.dir, 'entre.db');
    const files = () => [store, `${store}-wal`].filter((file) => fs.existsSync(file));
    const holding = (text: string) =>
      files().filter((file) => fs.readFileSync(file).includes(Buffer.from(text, 'utf8')));
    expect(holding('Zetterqvist')).not.toEqual([]);

    purgePersonalData(station.db, event.id);
    for (const text of ['Zetterqvist', 'zetterqvist', 'Henrietta', 'Kommundirektör', 'kommun.example'])
      expect(holding(text), text).toEqual([]);
    // The search index is built anew from the blanked rows, so it holds nothing: no older segment keeps
    // the names' trigrams (stored prefix-compressed, which the byte search above cannot see).
    expect(station.db.prepare('SELECT count(*) AS n FROM guest_search_idx').get()).toEqual({ n: 0 });
    expect(station.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The kiosk goes on: a guest checks in on the purged store.
    expect(checkInGuest(station, guest.id, 'staff').kind).toBe('welcome');
  });
});
