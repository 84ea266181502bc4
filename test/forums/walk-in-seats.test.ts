// A guest taken off the list gives up their seat in the organizer's groups: the walk-in rule at the
// hub (forumMarksFor) and at a door (forumMarkOf) both read the table without them, so a walk-in who
// arrives afterwards gets the same group everywhere (docs/forums.md).
import { describe, expect, it } from 'vitest';
import { forumMarksFor } from '../../src/main/hub/forum-marks';
import { removeGuest } from '../../src/main/staff/guest-list';
import { applyForumMark, forumMarkOf } from '../../src/main/store/forum-marks';
import { insertGuest } from '../../src/main/store/guests';
import { readOutbox } from '../../src/main/sync/outbox';
import type { ForumMarkRecord, SyncRecord } from '../../src/shared/sync-protocol';
import { tempStation } from '../helpers/temp';

describe('walk-in seats after a guest was removed', () => {
  it("seats a walk-in in the removed guest's group, at the hub as at the door", () => {
    // Group 1 is full until Anna is taken off; group 2 has room but already someone from the
    // walk-in's department. Counted still, Anna would send the walk-in to group 2.
    const { db, eventId, guests } = tempStation([
      { code: 'anna0001', firstName: 'Anna', lastName: 'Ek', department: 'Kultur' },
      { code: 'bo000001', firstName: 'Bo', lastName: 'Lind', department: 'Skola' },
      { code: 'karin001', firstName: 'Karin', lastName: 'Berg', department: 'Miljö' },
      { code: 'david001', firstName: 'David', lastName: 'Ros', department: 'Teknik' },
      { code: 'eva00001', firstName: 'Eva', lastName: 'Sten', department: 'Vård' },
      { code: 'filip001', firstName: 'Filip', lastName: 'Åberg', department: 'Bygg' },
      { code: 'gun00001', firstName: 'Gun', lastName: 'Ohlin', department: 'Fritid' },
    ]);
    const marks: ForumMarkRecord[] = guests.map((guest, index) => ({
      type: 'forum-mark',
      id: guest.id,
      eventId,
      guestId: guest.id,
      group: index < 4 ? 1 : 2,
      groupSize: 4,
      firstForum: false,
      byRule: false,
      updatedAt: '2026-03-12T08:00:00.000Z',
    }));
    for (const mark of marks) applyForumMark(db, mark);
    const anna = guests[0]!;
    removeGuest(db, anna.id);
    const walkIn = insertGuest(db, {
      firstName: 'Ny',
      lastName: 'Chef',
      title: '',
      department: 'Vård',
      email: 'ny.chef@kommun.example',
      eventId,
      code: 'nychef01',
      source: 'walk-in',
    });

    expect(forumMarkOf(db, walkIn.id)?.group).toBe(1);

    // The hub holds what the door pushed (the removal included) and the organizer's marks.
    const records: SyncRecord[] = [...readOutbox(db, 1000)!.records, ...marks];
    const hubMark = forumMarksFor([{ eventId, records }], eventId).find((mark) => mark.guestId === walkIn.id);
    expect(hubMark).toMatchObject({ group: 1, groupSize: 4, byRule: true });
  });
});
