// The mingle groups the hub makes, as the organizer's PDF and the tables list them: regrouped even when the
// hub's clock went back since the last grouping, and each group's people in the guest list's order.
import { describe, expect, it } from 'vitest';
import { mingleGroupsOf, refreshForumMarks } from '../../src/main/hub/forum-marks';
import type { HubStorage } from '../../src/main/hub/storage';
import { newRecordId } from '../../src/main/store/record-id';
import type { ForumMarkRecord } from '../../src/shared/sync-protocol';
import { HUB_BACKENDS, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { eventRecord, guestRecord } from '../helpers/hub-records';

const HOUR = 3_600_000;

async function forumOf(storage: HubStorage, names: [string, string][]) {
  const event = { ...eventRecord(), startsOn: '2026-11-12' };
  const guests = names.map(([firstName, lastName], n) =>
    guestRecord(event.id, { firstName, lastName, email: `p${n}@kommun.example`, department: `Förv ${n % 3}` }),
  );
  await storage.push(newRecordId(), [event, ...guests]);
  const marks = async () =>
    (await storage.eventRecords(event.id)).filter((record): record is ForumMarkRecord => record.type === 'forum-mark');
  return { eventId: event.id, marks };
}

describe.each(HUB_BACKENDS)('mingle groups at a %s hub', (backend) => {
  it.skipIf(hubBackendMissing(backend))('are made again in another size after the hub clock went back', async () => {
    const { storage } = await tempBackendHub(backend);
    const names = Array.from({ length: 12 }, (_, n): [string, string] => [`Chef`, `Nummer ${n}`]);
    const forum = await forumOf(storage, names);
    const now = Date.now();
    await refreshForumMarks(storage, forum.eventId, { size: 4, now: new Date(now) });
    expect((await forum.marks()).map((mark) => mark.groupSize)).toEqual(Array(12).fill(4));

    await refreshForumMarks(storage, forum.eventId, { size: 3, now: new Date(now - HOUR) });
    expect((await forum.marks()).map((mark) => mark.groupSize)).toEqual(Array(12).fill(3));
  });

  it.skipIf(hubBackendMissing(backend))('list each group by surname in Swedish order', async () => {
    const { storage } = await tempBackendHub(backend);
    const forum = await forumOf(storage, [
      ['Åsa', 'Öberg'],
      ['Carl', 'von Essen'],
      ['Örjan', 'Andersson'],
    ]);
    await refreshForumMarks(storage, forum.eventId, { size: 3 });
    const groups = mingleGroupsOf(await storage.eventRecords(forum.eventId));
    expect(groups.map((group) => group.members.map((member) => member.name))).toEqual([
      ['Örjan Andersson', 'Carl von Essen', 'Åsa Öberg'],
    ]);
  });
});
