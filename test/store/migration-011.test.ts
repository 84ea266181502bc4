import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { createEvent } from '../../src/main/store/events';
import { insertGuestBefore012 } from '../helpers/guests-before-012';
import { applyForumMark, forumMarkOf } from '../../src/main/store/forum-marks';
import { purgePersonalData } from '../../src/main/staff/personal-data';

const mark = (guestId: string, eventId: string, updatedAt: string, group: number) => ({
  type: 'forum-mark' as const,
  id: guestId,
  eventId,
  guestId,
  group,
  groupSize: 4 as const,
  firstForum: true,
  byRule: false,
  updatedAt,
});

describe('migration 011 (forum marks)', () => {
  it('keeps a store as it was, then holds the newest mark of each guest until the purge', () => {
    const file = path.join(tempDir(), 'entre.db');
    const old = new Database(file);
    migrate(old, 8);
    const event = createEvent(old, { name: 'Ledarforum', startsOn: '2026-11-12', venue: null });
    const guest = insertGuestBefore012(old, {
      eventId: event.id,
      code: 'anna0001',
      firstName: 'Anna',
      lastName: 'Ek',
      title: '',
      department: 'Förv 1',
      email: 'anna@kommun.example',
      source: 'import',
    });
    old.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(11);
    expect(forumMarkOf(db, guest.id)).toBeNull();
    applyForumMark(db, mark(guest.id, event.id, '2026-11-01T08:00:00.000Z', 2));
    applyForumMark(db, mark(guest.id, event.id, '2026-10-01T08:00:00.000Z', 5));
    expect(forumMarkOf(db, guest.id)).toEqual({ group: 2, firstForum: true });
    // A mark of a guest this station does not know is skipped; a group of zero is refused.
    applyForumMark(db, mark('someone-else', event.id, '2026-11-01T08:00:00.000Z', 1));
    expect(db.prepare('SELECT count(*) AS n FROM forum_marks').get()).toEqual({ n: 1 });
    expect(() =>
      db
        .prepare(
          "INSERT INTO forum_marks (guest_id, event_id, mingle_group, group_size, first_forum, by_rule, updated_at) VALUES (?, ?, 0, 4, 0, 0, 'x')",
        )
        .run(guest.id, event.id),
    ).toThrow(/CHECK constraint failed|UNIQUE/);

    purgePersonalData(db, event.id);
    expect(forumMarkOf(db, guest.id)).toBeNull();
    db.close();
  });
});
