// A guest stored at the hub whose forum marks were never refreshed (the hub stopped or crashed between
// the push's commit and the refresh after it) gets them when the hub starts again; marks already up to
// date are not written again, so the doors pull nothing new.
import { describe, expect, it } from 'vitest';
import { startHub } from '../../src/main/hub/server';
import { newRecordId } from '../../src/main/store/record-id';
import { HUB_BACKENDS, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { checkInRecord, eventRecord, guestRecord } from '../helpers/hub-records';

const event = { ...eventRecord(), startsOn: '2026-11-12' };
const eventId = event.id;
const guest = guestRecord(eventId, { email: 'leila.ohman@kommun.example' });
// An earlier forum that someone else came to: Leila, new this time, is a first-timer.
const spring = { ...eventRecord(), startsOn: '2026-03-12' };
const springGuest = guestRecord(spring.id, { firstName: 'Bo', lastName: 'Ek', email: 'bo.ek@kommun.example' });

describe.each(HUB_BACKENDS)('a %s hub starting', (name) => {
  it.skipIf(hubBackendMissing(name))("brings a guest's forum marks up to date, once", async () => {
    const { storage } = await tempBackendHub(name);
    // Stored as a push stores it, without the refresh the push's answer would have been followed by.
    const door = newRecordId();
    await storage.push(door, [spring, springGuest, checkInRecord(spring.id, door, { guestId: springGuest.id })]);
    await storage.push(door, [event, guest]);
    const marks = async () => (await storage.eventRecords(eventId)).filter((record) => record.type === 'forum-mark');
    expect(await marks()).toEqual([]);

    const restarted = await startHub(storage, '127.0.0.1', 0);
    await restarted.close();
    expect(await marks()).toMatchObject([{ guestId: guest.id, firstForum: true, group: null }]);
    const cursorAfter = (await storage.pull(eventId, 'a-door', 0, 100)).cursor;

    const again = await startHub(storage, '127.0.0.1', 0);
    await again.close();
    expect((await storage.pull(eventId, 'a-door', 0, 100)).cursor).toBe(cursorAfter);
  });
});
