// A recurring forum over a real hub (SQLite file, loopback HTTP): three earlier forums, then this
// one with an organizer's station and two doors. History per person, first-timers marked and on
// the badge, mingle groups on badges and in the PDF, and a walk-in placed alike at both doors, also
// after a guest was taken off the list. Against each hub storage: SQLite, and PostgreSQL where
// ENTRE_TEST_DATABASE_URL is set (CI sets it; .ci/setup.d/postgres.sh).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderGuestListSheets } from '../../src/main/badges/sheet';
import { FORUM_WORD_SETTINGS } from '../../src/main/badges/forum-badge';
import { historyText } from '../../src/main/forums/cli-actions';
import { buildCli } from '../../src/main/cli/main';
import { renderGroupsPdf } from '../../src/main/forums/groups-pdf';
import type { HubStorage } from '../../src/main/hub/storage';
import { appendAttendance } from '../../src/main/store/attendance';
import type { Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { forumMarkOf, organizerGroups } from '../../src/main/store/forum-marks';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { dashboardFigures } from '../../src/main/staff/dashboard';
import { type Guest, insertGuest } from '../../src/main/store/guests';
import { removeGuest } from '../../src/main/staff/guest-list';
import { placeWalkIn, walkInIdentity } from '../../src/shared/mingle-groups';
import { setSetting, stationId } from '../../src/main/store/settings';
import {
  currentPairing,
  fetchHubHistory,
  pairWithHub,
  requestHubGroups,
  sendLinkDecision,
  syncOnce,
} from '../../src/main/sync/client';
import { purgePersonalData } from '../../src/main/staff/personal-data';
import type { HubHistory } from '../../src/shared/sync-protocol';
import { pdfText } from '../badges/pdf-tools';
import { HUB_BACKENDS, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { tempDir, tempStore } from '../helpers/temp';

/** p01 … p16: who they are, stable across forums (their e-mail links them). */
const person = (n: number) => {
  const tag = `p${String(n).padStart(2, '0')}`;
  return {
    firstName: 'Chef',
    lastName: tag.toUpperCase(),
    email: `${tag}@kommun.example`,
    department: `Förv ${1 + (n % 6)}`,
  };
};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

interface Forum {
  db: Db;
  eventId: string;
  guests: Map<string, Guest>;
}

async function pair(storage: HubStorage, url: string, db: Db, joinEventId?: string) {
  await pairWithHub(db, stationId(db), url, await storage.createPairingCode(), joinEventId);
}

/** An organizer's station for one forum: its list, who came, synced to the hub. */
async function forum(
  storage: HubStorage,
  url: string,
  name: string,
  startsOn: string,
  list: ReturnType<typeof person>[],
  came: string[],
): Promise<Forum> {
  const { db } = tempStore();
  const event = createEvent(db, { name, startsOn, venue: null });
  setActiveEvent(db, event.id);
  const guests = new Map<string, Guest>();
  list.forEach((fields, index) => {
    const guest = insertGuest(db, {
      ...fields,
      eventId: event.id,
      code: `${startsOn.replace(/-/g, '')}x${index}`,
      title: 'Enhetschef',
      source: 'import',
    });
    guests.set(fields.email || `${fields.firstName} ${fields.lastName}`, guest);
  });
  for (const email of came)
    appendAttendance(db, {
      eventId: event.id,
      guestId: guests.get(email)!.id,
      stationId: stationId(db),
      kind: 'check-in',
      method: 'wedge',
    });
  await pair(storage, url, db);
  await syncOnce(db, stationId(db));
  return { db, eventId: event.id, guests };
}

const emails = (numbers: number[]) => numbers.map((n) => person(n).email);
const karin = (email: string) => ({ firstName: 'Karin', lastName: 'Berg', email, department: 'Förv 2' });

describe.each(HUB_BACKENDS)('a recurring forum at the hub (%s)', (backend) => {
  it.skipIf(hubBackendMissing(backend))(
    'knows each person across forums, marks first-timers, and groups them alike at every door',
    { timeout: 120_000 },
    async () => {
      const { storage, hub, cliArgs: cli } = await tempBackendHub(backend);
      const { url } = hub;

      // Three earlier forums; the organizer made groups of four at the second and the third.
      const march25 = await forum(
        storage,
        url,
        'Ledarforum mars 2025',
        '2025-03-13',
        [...range(1, 12).map(person), karin('karin.berg@kommun.example')],
        [...emails(range(1, 10)), 'karin.berg@kommun.example'],
      );
      // The hub's first forum has no earlier one to be new to: none of its badges carries the ribbon.
      const firstForumMarks = (await storage.eventRecords(march25.eventId)).filter(
        (record) => record.type === 'forum-mark' && record.firstForum,
      );
      expect(firstForumMarks).toEqual([]);
      const october25 = await forum(
        storage,
        url,
        'Ledarforum oktober 2025',
        '2025-10-16',
        range(1, 14).map(person),
        emails([...range(1, 8), ...range(11, 14)]),
      );
      await requestHubGroups(october25.db, 4);
      const march26 = await forum(
        storage,
        url,
        'Ledarforum mars 2026',
        '2026-03-12',
        range(1, 14).map(person),
        emails([...range(1, 6), ...range(11, 14)]),
      );
      const earlierGroups = await requestHubGroups(march26.db, 4);

      // This forum: p03 typed their e-mail in capitals, p15 and p16 are new, and a Karin Berg of
      // Förv 2 without an e-mail: maybe the one of March 2025, which staff must decide.
      const list = [
        ...range(1, 16)
          .map(person)
          .map((p, i) => (i === 2 ? { ...p, email: p.email.toUpperCase() } : p)),
        karin(''),
      ];
      const now = await forum(storage, url, 'Ledarforum november 2026', '2026-11-12', list, []);
      const made = await requestHubGroups(now.db, 4);
      const doors = [tempStore().db, tempStore().db];
      for (const door of doors) {
        await pair(storage, url, door, now.eventId);
        await syncOnce(door, stationId(door));
      }
      await syncOnce(now.db, stationId(now.db));

      // History: per person, per forum, and the proposal never merged.
      const history = await fetchHubHistory(doors[0]!);
      const forumIds = [march25, october25, march26].map((f) => f.eventId);
      expect(history.forums.map((f) => f.name)).toEqual([
        'Ledarforum mars 2025',
        'Ledarforum oktober 2025',
        'Ledarforum mars 2026',
        'Ledarforum november 2026',
      ]);
      const attended = (name: string) => history.people.find((p) => p.name === name)?.attended;
      expect(attended('Chef P01')).toEqual(forumIds);
      expect(attended('Chef P03')).toEqual(forumIds);
      expect(attended('Chef P09')).toEqual([march25.eventId]);
      expect(attended('Chef P12')).toEqual(
        [march25.eventId, october25.eventId, march26.eventId].filter((_, i) => i !== 0),
      );
      const summary = (id: string) => history.summaries.find((s) => s.forumId === id)!;
      expect(summary(october25.eventId).newFaces.sort()).toEqual(['Chef P11', 'Chef P12', 'Chef P13', 'Chef P14']);
      expect(
        summary(march26.eventId)
          .away.map((a) => a.name)
          .sort(),
      ).toEqual(['Chef P09', 'Chef P10', 'Karin Berg']);
      expect(history.proposals).toEqual([
        {
          id: expect.stringMatching(/^[0-9a-f]{32}$/),
          name: 'Karin Berg',
          department: 'Förv 2',
          decision: null,
          people: expect.arrayContaining([
            { email: 'karin.berg@kommun.example', forumIds: [march25.eventId] },
            { email: '', forumIds: [now.eventId] },
          ]),
        },
      ]);
      const text = historyText(history);
      expect(text).toContain('Chef P09, Förv 4: Ledarforum mars 2025');
      expect(text).toContain(
        'Karin Berg, Förv 2: no e-mail at Ledarforum november 2026 / karin.berg@kommun.example at Ledarforum mars 2025',
      );

      // First-timers: no earlier attendance at the hub (a capitalised e-mail is the same person).
      const guestId = (key: string) => now.guests.get(key)!.id;
      for (const door of doors) {
        expect(forumMarkOf(door, guestId(person(15).email))?.firstForum).toBe(true);
        expect(forumMarkOf(door, guestId('Karin Berg'))?.firstForum).toBe(true);
        expect(forumMarkOf(door, guestId(person(3).email.toUpperCase()))?.firstForum).toBe(false);
        expect(forumMarkOf(door, guestId(person(11).email))?.firstForum).toBe(false);
      }

      // Groups: everyone in one, departments apart, and nobody with someone they sat with in March.
      expect(made.groups.flatMap((g) => g.members)).toHaveLength(17);
      for (const group of made.groups) {
        expect(group.members.length).toBeLessThanOrEqual(4);
        const departments = group.members.map((m) => m.department);
        expect(new Set(departments).size).toBe(departments.length);
      }
      const cameInMarch = new Set([
        'Chef P01',
        'Chef P02',
        'Chef P03',
        'Chef P04',
        'Chef P05',
        'Chef P06',
        'Chef P11',
        'Chef P12',
        'Chef P13',
        'Chef P14',
      ]);
      const tableOf = new Map(made.groups.flatMap((g) => g.members.map((m) => [m.name, g.group] as const)));
      for (const group of earlierGroups.groups) {
        const came = group.members.map((m) => m.name).filter((name) => cameInMarch.has(name));
        const tablesNow = came.map((name) => tableOf.get(name));
        expect(new Set(tablesNow).size).toBe(tablesNow.length);
      }

      // At the door: the welcome names the group; the dashboard lists the first-timers who came.
      const door = { db: doors[1]!, stationId: stationId(doors[1]!) };
      const p15 = guestId(person(15).email);
      const welcome = checkInGuest(door, p15, 'wedge');
      expect(welcome).toMatchObject({ kind: 'welcome', group: tableOf.get('Chef P15') });
      checkInGuest(door, guestId(person(1).email), 'wedge');
      const figures = dashboardFigures(door.db, now.eventId);
      expect(figures.firstTimers.map((arrival) => arrival.fullName)).toEqual(['Chef P15']);

      // Badges carry the group and, for first-timers only, the forum's own ribbon word.
      setSetting(now.db, FORUM_WORD_SETTINGS.ribbon, 'Första Ledarforum');
      const sheets = path.join(tempDir(), 'badges.pdf');
      fs.writeFileSync(sheets, (await renderGuestListSheets(now.db)).pdf);
      const badgeText = pdfText(sheets);
      expect(badgeText.match(/Första Ledarforum/g)).toHaveLength(3);
      for (const group of made.groups) expect(badgeText).toContain(`Grupp ${group.group}`);
      const tablesPdf = path.join(tempDir(), 'groups.pdf');
      fs.writeFileSync(tablesPdf, await renderGroupsPdf('Ledarforum november 2026', made.groups, 'Grupp'));
      const tablesText = pdfText(tablesPdf);
      for (const group of made.groups) {
        expect(tablesText).toContain(`Grupp ${group.group}`);
        for (const member of group.members) expect(tablesText).toContain(member.name);
      }

      // The same walk-in registered at both doors while offline: the same group at both, one
      // with room and without their department; once synced, the hub's mark agrees.
      // (A department that some group with room lacks: the event id seeds the groups.)
      const organizer = organizerGroups(doors[0]!, now.eventId)!.members;
      const membersOf = (group: number) => organizer.filter((m) => m.group === group);
      const roomy = [...new Set(organizer.map((m) => m.group))].filter((group) => membersOf(group).length < 4);
      const department = range(1, 6)
        .map((n) => `Förv ${n}`)
        .find((d) => roomy.some((group) => !membersOf(group).some((m) => m.department === d)))!;
      const walkIn = { firstName: 'Ny', lastName: 'Chef', email: 'ny.chef@kommun.example', department };
      const registered = doors.map((door, i) =>
        insertGuest(door, { ...walkIn, title: '', eventId: now.eventId, code: `walkin${i}door`, source: 'walk-in' }),
      );
      const placed = doors.map((door, i) => forumMarkOf(door, registered[i]!.id)!.group);
      expect(placed[0]).not.toBeNull();
      expect(placed[1]).toBe(placed[0]);
      const table = organizerGroups(doors[0]!, now.eventId)!.members.filter((m) => m.group === placed[0]);
      expect(table.length).toBeLessThan(4);
      expect(table.map((m) => m.department)).not.toContain(department);
      for (const door of doors) await syncOnce(door, stationId(door));
      for (const door of doors) await syncOnce(door, stationId(door));
      doors.forEach((door, i) => {
        expect(forumMarkOf(door, registered[i]!.id)).toEqual({ group: placed[0], firstForum: true });
      });

      // Marks are the hub's own: a station may not push one.
      const forged = await fetch(`${url}/sync/v1/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${currentPairing(doors[0]!)!.token}` },
        body: JSON.stringify({
          records: [
            {
              type: 'forum-mark',
              id: registered[0]!.id,
              eventId: now.eventId,
              guestId: registered[0]!.id,
              group: 1,
              groupSize: 4,
              firstForum: false,
              byRule: false,
              updatedAt: new Date().toISOString(),
            },
          ],
        }),
      });
      expect(forged.status).toBe(400);

      // The organizer on the hub machine: the same through the hub's own database.
      const printed: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
      const written = vi.spyOn(process.stdout, 'write').mockImplementation((text) => !!printed.push(String(text)));
      const cliPdf = path.join(tempDir(), 'tables.pdf');
      try {
        await buildCli().parseAsync(['node', 'entre', 'history', ...cli]);
        await buildCli().parseAsync([
          'node',
          'entre',
          'groups',
          '--size',
          '4',
          ...cli,
          '--event',
          now.eventId,
          '--out',
          cliPdf,
        ]);
      } finally {
        log.mockRestore();
        written.mockRestore();
      }
      expect(printed.join('\n')).toContain('Chef P09, Förv 4: Ledarforum mars 2025');
      // Asked again, the groups stay as they were (they are on badges), the walk-in in the group it got.
      const steady = made.groups.find((g) => g.group !== placed[0])!;
      expect(printed).toContain(
        `Grupp ${steady.group}: ${steady.members.map((m) => `${m.name} (${m.department})`).join(', ')}`,
      );
      expect(pdfText(cliPdf)).toContain('Ny Chef');

      // A guest taken off the list holds no seat, at the hub as at every door: a walk-in after it
      // gets one group everywhere. The removal and the walk-in are chosen so that a seat still held
      // by the removed guest would give another group.
      const seats = organizerGroups(doors[0]!, now.eventId)!.members;
      const late = { firstName: 'Sen', lastName: 'Chef', email: 'sen.chef@kommun.example' };
      const identity = (department: string) => walkInIdentity({ ...late, name: 'Sen Chef', department });
      const [gone, lateDepartment] = seats
        .flatMap((member) => range(1, 6).map((n) => [member, `Förv ${n}`] as const))
        .find(([member, d]) => {
          const without = seats.filter((m) => m.id !== member.id);
          const walkIn = { identity: identity(d), department: d };
          return placeWalkIn(without, walkIn, 4) !== placeWalkIn(seats, walkIn, 4);
        })!;
      const seatFreed = placeWalkIn(
        seats.filter((m) => m.id !== gone.id),
        { identity: identity(lateDepartment), department: lateDepartment },
        4,
      );
      removeGuest(now.db, gone.id);
      await syncOnce(now.db, stationId(now.db));
      for (const door of doors) await syncOnce(door, stationId(door));
      const lateAt = doors.map((door, i) =>
        insertGuest(door, {
          ...late,
          department: lateDepartment,
          title: '',
          eventId: now.eventId,
          code: `late${i}door`,
          source: 'walk-in',
        }),
      );
      expect(doors.map((door, i) => forumMarkOf(door, lateAt[i]!.id)!.group)).toEqual([seatFreed, seatFreed]);
      for (const door of doors) await syncOnce(door, stationId(door));
      for (const door of doors) await syncOnce(door, stationId(door));
      // The hub's own mark (not the door's rule) now answers, and agrees.
      const hubMarks = (await storage.eventRecords(now.eventId)).filter(
        (r) => r.type === 'forum-mark' && lateAt.some((guest) => guest.id === r.guestId),
      );
      expect(hubMarks.map((mark) => mark.type === 'forum-mark' && mark.group)).toContain(seatFreed);
      doors.forEach((door, i) => expect(forumMarkOf(door, lateAt[i]!.id)?.group).toBe(seatFreed));

      // Groups off on the hub machine: every door pulls the groups emptied, walk-ins get none either.
      const quiet = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        await buildCli().parseAsync(['node', 'entre', 'groups', '--size', 'off', ...cli, '--event', now.eventId]);
      } finally {
        quiet.mockRestore();
      }
      for (const door of doors) await syncOnce(door, stationId(door));
      for (const door of doors) {
        expect(organizerGroups(door, now.eventId)).toBeNull();
        expect(forumMarkOf(door, p15)).toEqual({ group: null, firstForum: true });
        expect(forumMarkOf(door, lateAt[0]!.id)?.group).toBeNull();
      }

      // A walk-in synced after groups were taken off gets none either, though the guest taken off
      // the list earlier still has a mark from when groups were on.
      const after = insertGuest(doors[0]!, {
        firstName: 'Efter',
        lastName: 'Chef',
        email: 'efter.chef@kommun.example',
        department: 'Förv 1',
        title: '',
        eventId: now.eventId,
        code: 'afteroffdoor',
        source: 'walk-in',
      });
      for (const door of doors) await syncOnce(door, stationId(door));
      for (const door of doors) await syncOnce(door, stationId(door));
      const afterMark = (await storage.eventRecords(now.eventId)).find(
        (r) => r.type === 'forum-mark' && r.guestId === after.id,
      );
      expect(afterMark).toMatchObject({ group: null, groupSize: null });
      for (const door of doors) expect(forumMarkOf(door, after.id)?.group ?? null).toBeNull();
    },
  );

  it.skipIf(hubBackendMissing(backend))(
    "keeps staff's answer to maybe-one-person at the hub: every door sees it, the history and first-timer marks follow it",
    { timeout: 60_000 },
    async () => {
      const { storage, hub } = await tempBackendHub(backend);
      const { url } = hub;
      const march = await forum(
        storage,
        url,
        'Ledarforum mars 2026',
        '2026-03-12',
        [person(1), karin('karin.berg@kommun.example')],
        [person(1).email, 'karin.berg@kommun.example'],
      );
      // November: a Karin Berg of Förv 2 without an e-mail, who comes; two doors.
      const now = await forum(storage, url, 'Ledarforum november 2026', '2026-11-12', [person(1), karin('')], []);
      const doors = [tempStore().db, tempStore().db] as const;
      for (const door of doors) {
        await pair(storage, url, door, now.eventId);
        await syncOnce(door, stationId(door));
      }
      const karinNow = now.guests.get('Karin Berg')!.id;
      checkInGuest({ db: doors[0], stationId: stationId(doors[0]) }, karinNow, 'wedge');
      await syncOnce(doors[0], stationId(doors[0]));
      const karinsForums = (history: HubHistory) =>
        history.people
          .filter((p) => p.name === 'Karin Berg')
          .map((p) => p.attended.join(' '))
          .sort();
      const apart = [march.eventId, now.eventId].sort();
      const newFaces = (history: HubHistory) => history.summaries.find((s) => s.forumId === now.eventId)!.newFaces;

      const before = await fetchHubHistory(doors[1]);
      expect(before.proposals).toEqual([expect.objectContaining({ name: 'Karin Berg', decision: null })]);
      expect(karinsForums(before)).toEqual(apart);
      expect(newFaces(before)).toEqual(['Karin Berg']);
      for (const door of doors) expect(forumMarkOf(door, karinNow)?.firstForum).toBe(true);

      // Door 1 says "same person": the hub links the two, and her ribbon goes at every door's next sync.
      const proposalId = before.proposals[0]!.id;
      const linked = await sendLinkDecision(doors[0], proposalId, 'same');
      expect(karinsForums(linked)).toEqual([`${march.eventId} ${now.eventId}`]);
      expect(newFaces(linked)).toEqual([]);
      for (const door of doors) await syncOnce(door, stationId(door));
      for (const door of doors) expect(forumMarkOf(door, karinNow)?.firstForum).toBe(false);
      const seenAtDoor2 = await fetchHubHistory(doors[1]);
      expect(seenAtDoor2.proposals).toEqual([expect.objectContaining({ id: proposalId, decision: 'same' })]);
      expect(karinsForums(seenAtDoor2)).toEqual([`${march.eventId} ${now.eventId}`]);

      // Door 2 says "not the same": two people again, a first-timer again, and the answer stays at
      // every door, also after the lists changed elsewhere.
      await sendLinkDecision(doors[1], proposalId, 'different');
      const walkIn = insertGuest(doors[0], {
        ...person(2),
        title: '',
        eventId: now.eventId,
        code: 'linkwalkin',
        source: 'walk-in',
      });
      for (const door of doors) await syncOnce(door, stationId(door));
      for (const door of doors) {
        const history = await fetchHubHistory(door);
        expect(history.proposals).toEqual([expect.objectContaining({ id: proposalId, decision: 'different' })]);
        expect(karinsForums(history)).toEqual(apart);
        expect(forumMarkOf(door, karinNow)?.firstForum).toBe(true);
        expect(forumMarkOf(door, walkIn.id)?.firstForum).toBe(true);
      }

      // An answer about no proposal is refused in plain words and stores nothing.
      await expect(sendLinkDecision(doors[0], 'f'.repeat(32), 'same')).rejects.toThrow(
        'The hub no longer proposes these people as one person',
      );
      expect([...(await storage.linkDecisions()).values()]).toEqual(['different']);

      // The purge of March, synced, takes the answer about her with her name.
      purgePersonalData(march.db, march.eventId);
      await syncOnce(march.db, stationId(march.db));
      expect((await storage.linkDecisions()).size).toBe(0);
      expect((await fetchHubHistory(doors[0])).proposals).toEqual([]);
    },
  );
});
