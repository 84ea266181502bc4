// Staff mode's forum calls over a real hub (SQLite file, loopback HTTP): the settings reach the
// same place the CLI writes, groups are made and taken off at the hub for every door, and the
// history staff see comes from the hub, else from the station's own forums, with "maybe one
// person" answered by staff and never merged before.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch, type Handlers } from '../../src/main/api/handlers';
import { badgeForumMarks } from '../../src/main/badges/forum-badge';
import { buildCli } from '../../src/main/cli/main';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import type { HubStorage } from '../../src/main/hub/storage';
import type { Station } from '../../src/main/kiosk/check-in';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { purgePersonalData } from '../../src/main/staff/personal-data';
import { appendAttendance } from '../../src/main/store/attendance';
import type { Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { forumMarkOf } from '../../src/main/store/forum-marks';
import { insertGuest, type Guest } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { makeGroupsAtHub } from '../../src/main/forums/staff-forums';
import { forumBadge } from '../../src/main/forums/cli-actions';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import type { ForumHistoryView } from '../../src/shared/forums';
import { type Language, type MessageKey, translate } from '../../src/renderer/i18n';
import { tempHub } from '../helpers/hub';
import { firstStaffSession } from '../helpers/staff-session';
import { tempDir, tempStore } from '../helpers/temp';

const people = {
  anna: { firstName: 'Anna', lastName: 'Ek', email: 'anna@kommun.example', department: 'Kultur' },
  bo: { firstName: 'Bo', lastName: 'Lind', email: 'bo@kommun.example', department: 'Skola' },
  karin: { firstName: 'Karin', lastName: 'Berg', email: 'karin@kommun.example', department: 'Miljö' },
  cecilia: { firstName: 'Cecilia', lastName: 'Holm', email: 'cecilia@kommun.example', department: 'Vård' },
  david: { firstName: 'David', lastName: 'Ros', email: 'david@kommun.example', department: 'Teknik' },
  eva: { firstName: 'Eva', lastName: 'Sten', email: 'eva@kommun.example', department: 'Kultur' },
};
type Person = (typeof people)[keyof typeof people];

/** A station holding one forum: its list, and who came. */
function forumStation(name: string, startsOn: string, list: Person[], came: Person[], db: Db = tempStore().db) {
  const event = createEvent(db, { name, startsOn, venue: null });
  setActiveEvent(db, event.id);
  const guests = list.map((person, index) =>
    insertGuest(db, { ...person, title: '', eventId: event.id, code: `${startsOn}x${index}`, source: 'import' }),
  );
  const byName = (person: Person) => guests.find((guest) => guest.email === person.email)!;
  for (const person of came)
    appendAttendance(db, {
      eventId: event.id,
      guestId: byName(person).id,
      stationId: stationId(db),
      kind: 'check-in',
      method: 'wedge',
    });
  return { db, eventId: event.id, guest: (person: Person): Guest => byName(person) };
}

async function paired(storage: HubStorage, url: string, db: Db) {
  await pairWithHub(db, stationId(db), url, await storage.createPairingCode());
  await syncOnce(db, stationId(db));
}

function staff(db: Db): { handlers: Handlers; session: string; station: Station } {
  const station = { db, stationId: stationId(db) };
  const handlers = createHandlers(station);
  const session = firstStaffSession(handlers, db);
  return { handlers, session, station };
}

const cli = async (args: string[]) => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await buildCli().parseAsync(['node', 'entre', ...args]);
  } finally {
    log.mockRestore();
  }
};

describe('forum settings in staff mode', () => {
  it('writes the words the CLI writes, turns the ribbon off and on, and has the hub make or take off the groups', async () => {
    const storage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
    const { url } = await tempHub(storage);
    await paired(storage, url, forumStation('Ledarforum mars', '2026-03-12', [people.anna], [people.anna]).db);
    const store = tempStore();
    const forum = forumStation(
      'Ledarforum november',
      '2026-11-12',
      [people.anna, people.bo, people.cecilia, people.david, people.eva],
      [],
      store.db,
    );
    const { handlers, session } = staff(forum.db);

    // Not paired yet: the words can be set, the groups cannot.
    expect(await dispatch(handlers, 'getForumSettings', { session })).toMatchObject({
      groupWord: 'Grupp',
      ribbon: 'Första gången',
      ribbonShown: true,
      groupSize: null,
      hubPaired: false,
    });
    const notPaired = await dispatch(handlers, 'makeMingleGroups', { session, size: 4 });
    expect(notPaired.problem?.code).toBe('not-paired');
    expect(notPaired.settings.groupSize).toBeNull();

    await paired(storage, url, forum.db);
    const saved = dispatch(handlers, 'saveForumSettings', {
      session,
      groupWord: ' Bord ',
      ribbon: 'Första Ledarforum',
      ribbonShown: true,
    });
    expect(saved).toMatchObject({ groupWord: 'Bord', ribbon: 'Första Ledarforum', hubPaired: true });

    // Groups of three, made by the hub and pulled at once: the badge shows the station's word.
    const made = await dispatch(handlers, 'makeMingleGroups', { session, size: 3 });
    expect(made).toMatchObject({ problem: null, settings: { groupSize: 3 } });
    const bo = forum.guest(people.bo).id;
    const group = forumMarkOf(forum.db, bo)!.group;
    expect(group).toBeGreaterThan(0);
    expect(badgeForumMarks(forum.db, bo)).toEqual({ group: `Bord ${group}`, ribbon: 'Första Ledarforum' });
    // Anna came in March: no ribbon for her.
    expect(badgeForumMarks(forum.db, forum.guest(people.anna).id)?.ribbon).toBeNull();

    // Ribbon off in staff mode: first-timers' badges carry none; the CLI sees the same setting.
    dispatch(handlers, 'saveForumSettings', {
      session,
      groupWord: 'Bord',
      ribbon: 'Första Ledarforum',
      ribbonShown: false,
    });
    expect(badgeForumMarks(forum.db, bo)?.ribbon).toBeNull();
    await cli(['forum-badge', '--ribbon', 'Ny i forumet', '--db', store.file]);
    expect(dispatch(handlers, 'getForumSettings', { session })).toMatchObject({
      ribbon: 'Ny i forumet',
      ribbonShown: true,
    });
    await cli(['forum-badge', '--no-ribbon', '--db', store.file]);
    expect(dispatch(handlers, 'getForumSettings', { session })).toMatchObject({
      ribbon: 'Ny i forumet',
      ribbonShown: false,
    });

    // Off: the hub empties every group, and the door shows none, not even by the walk-in rule.
    const off = await dispatch(handlers, 'makeMingleGroups', { session, size: null });
    expect(off).toMatchObject({ problem: null, settings: { groupSize: null } });
    expect(forumMarkOf(forum.db, bo)).toEqual({ group: null, firstForum: true });
    const walkIn = insertGuest(forum.db, {
      ...people.karin,
      title: '',
      eventId: forum.eventId,
      code: 'walkinkarin',
      source: 'walk-in',
    });
    expect(forumMarkOf(forum.db, walkIn.id)?.group ?? null).toBeNull();
    expect(checkInGuest({ db: forum.db, stationId: stationId(forum.db) }, bo, 'wedge')).not.toHaveProperty('group');

    // The organizer's CLI reaches the same groups: made again, then taken off through this station.
    expect(await dispatch(handlers, 'makeMingleGroups', { session, size: 4 })).toMatchObject({
      settings: { groupSize: 4 },
    });
    await cli(['groups', '--size', 'off', '--hub', url, '--db', store.file]);
    await syncOnce(forum.db, stationId(forum.db));
    expect(dispatch(handlers, 'getForumSettings', { session }).groupSize).toBeNull();
    await expect(cli(['groups', '--size', '5', '--hub', url, '--db', store.file])).rejects.toThrow(
      '--size must be 3, 4 or off, not 5.',
    );
    // Off with a table list to write is refused before the hub is asked: the groups made stay.
    await dispatch(handlers, 'makeMingleGroups', { session, size: 3 });
    const tables = path.join(tempDir(), 'tables.pdf');
    await expect(cli(['groups', '--size', 'off', '--out', tables, '--hub', url, '--db', store.file])).rejects.toThrow(
      '--size off takes the groups off, so there is no table list to write: leave out --out.',
    );
    await syncOnce(forum.db, stationId(forum.db));
    expect(dispatch(handlers, 'getForumSettings', { session }).groupSize).toBe(3);
    expect(fs.existsSync(tables)).toBe(false);
    await dispatch(handlers, 'makeMingleGroups', { session, size: null });

    // Bad input is refused in plain words, and changes nothing.
    expect(() =>
      dispatch(handlers, 'saveForumSettings', { session, groupWord: ' ', ribbon: 'x', ribbonShown: true }),
    ).toThrow('groupWord: The word before the group number is empty (only spaces); nothing was saved.');
    expect(() => forumBadge({ groupWord: '  ', db: store.file })).toThrow(
      '--group-word is empty: give the word badges show before the number, such as "Grupp".',
    );
    expect(() => forumBadge({ ribbon: ' ', db: store.file })).toThrow(
      "--ribbon is empty: give the word first-timers' badges show, or --no-ribbon for none.",
    );
    expect(() => dispatch(handlers, 'makeMingleGroups', { session, size: 5 as 4 })).toThrow(/size/);
    expect(dispatch(handlers, 'getForumSettings', { session })).toMatchObject({ groupWord: 'Bord', groupSize: null });
  });

  it("shows the size the hub answered, though this station's sync round has not pulled the marks yet", async () => {
    const storage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
    const { url } = await tempHub(storage);
    const forum = forumStation('Ledarforum november', '2026-11-12', [people.anna, people.bo, people.eva], []);
    await paired(storage, url, forum.db);
    // A round already running when staff asked, which pulled before the hub wrote the marks.
    const roundAlreadyRunning = async () => {};
    const made = await makeGroupsAtHub(forum.db, forum.eventId, 3, roundAlreadyRunning);
    expect(made).toEqual({ problem: null, settings: expect.objectContaining({ groupSize: 3 }) });
    await syncOnce(forum.db, stationId(forum.db));
    const resized = await makeGroupsAtHub(forum.db, forum.eventId, 4, roundAlreadyRunning);
    expect(resized.settings.groupSize).toBe(4);
    const off = await makeGroupsAtHub(forum.db, forum.eventId, null, roundAlreadyRunning);
    expect(off.settings.groupSize).toBeNull();
  });
});

describe('the history staff see', () => {
  it('comes from the hub with first-timers who arrived and new faces; maybe-one-person waits for staff', async () => {
    const storage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
    const { url } = await tempHub(storage);
    const march = forumStation(
      'Ledarforum mars',
      '2026-03-12',
      [people.anna, people.bo, people.karin],
      [people.anna, people.bo, people.karin],
    );
    await paired(storage, url, march.db);
    // November: Bo does not come, Cecilia and David are new, a Karin Berg of Miljö has another e-mail.
    const karinElsewhere = { ...people.karin, email: 'k.berg@privat.example' };
    const november = forumStation(
      'Ledarforum november',
      '2026-11-12',
      [people.anna, people.cecilia, people.david, karinElsewhere],
      [],
    );
    await paired(storage, url, november.db);
    const { handlers, session, station } = staff(november.db);
    checkInGuest(station, november.guest(people.cecilia).id, 'wedge');
    checkInGuest(station, november.guest(people.anna).id, 'wedge');
    await syncOnce(november.db, stationId(november.db));

    const view: ForumHistoryView = await dispatch(handlers, 'getForumHistory', { session });
    expect(view.source).toBe('hub');
    expect(view.forumId).toBe(november.eventId);
    expect(view.firstTimers.map((guest) => [guest.fullName, guest.arrived])).toEqual([
      ['Cecilia Holm', true],
      ['Karin Berg', false],
      ['David Ros', false],
    ]);
    const summary = view.history.summaries.find((s) => s.forumId === november.eventId)!;
    expect(summary.newFaces).toEqual(['Cecilia Holm']);
    // Bo came to the forum before this one: not "away" yet.
    expect(summary.away).toEqual([]);
    const forumsOf = (v: ForumHistoryView, name: string) =>
      v.history.people.filter((p) => p.name === name).map((p) => p.attended.length);
    expect(forumsOf(view, 'Anna Ek')).toEqual([2]);
    // Karin: two people until staff say otherwise (only the one who came is in the list of people).
    expect(view.history.proposals).toHaveLength(1);
    const [proposal] = view.history.proposals;
    expect(proposal).toMatchObject({ name: 'Karin Berg', department: 'Miljö', decision: null });

    // Confirmed: one person; rejected: two, and the answer stays until the proposal changes.
    checkInGuest(station, november.guest(karinElsewhere).id, 'wedge');
    await syncOnce(november.db, stationId(november.db));
    expect(forumsOf(await dispatch(handlers, 'getForumHistory', { session }), 'Karin Berg')).toEqual([1, 1]);
    const confirmed = await dispatch(handlers, 'decideForumLink', {
      session,
      proposalId: proposal!.id,
      decision: 'same',
    });
    expect(confirmed.history.proposals[0]!.decision).toBe('same');
    expect(forumsOf(confirmed, 'Karin Berg')).toEqual([2]);
    // She came in March: no new face, no first-timer, in the view staff get back at once.
    const newFacesOf = (v: ForumHistoryView) =>
      v.history.summaries.find((s) => s.forumId === november.eventId)!.newFaces;
    expect(newFacesOf(confirmed)).toEqual(['Cecilia Holm']);
    expect(confirmed.firstTimers.map((guest) => guest.fullName)).toEqual(['Cecilia Holm', 'David Ros']);
    // The answer is the hub's: March's station, paired with it, shows it too.
    const marchStaff = staff(march.db);
    const atMarch = await dispatch(marchStaff.handlers, 'getForumHistory', { session: marchStaff.session });
    expect(atMarch.history.proposals).toEqual([expect.objectContaining({ id: proposal!.id, decision: 'same' })]);
    expect(forumsOf(atMarch, 'Karin Berg')).toEqual([2]);
    const rejected = await dispatch(handlers, 'decideForumLink', {
      session,
      proposalId: proposal!.id,
      decision: 'different',
    });
    expect(forumsOf(rejected, 'Karin Berg')).toEqual([1, 1]);
    expect(newFacesOf(rejected)).toEqual(['Karin Berg', 'Cecilia Holm']);
    expect(rejected.firstTimers.map((guest) => guest.fullName)).toEqual(['Karin Berg', 'Cecilia Holm', 'David Ros']);
    expect((await dispatch(handlers, 'getForumHistory', { session })).history.proposals[0]!.decision).toBe('different');
    expect([...(await storage.linkDecisions()).values()]).toEqual(['different']);
    // An answer about a proposal the hub no longer makes comes back as a code, for staff's own language.
    const gone = await dispatch(handlers, 'decideForumLink', { session, proposalId: 'f'.repeat(32), decision: 'same' });
    expect(gone.decisionProblem).toMatchObject({ code: 'proposal-gone' });
    const words = (language: Language) =>
      translate(language, `sync.error.${gone.decisionProblem!.code}` as MessageKey, gone.decisionProblem!.params);
    expect(words('sv')).toMatch(/^De här personerna föreslås inte längre som en och samma person/);
    expect(words('en')).toMatch(/^These people are no longer proposed as one person/);
    expect(gone.history.proposals[0]!.decision).toBe('different');
    expect([...(await storage.linkDecisions()).values()]).toEqual(['different']);

    // The purge forgets staff's answers with the names, at the hub once it is synced.
    purgePersonalData(november.db, november.eventId);
    await syncOnce(november.db, stationId(november.db));
    expect((await storage.linkDecisions()).size).toBe(0);
  });

  it('without a hub, comes from the forums this station holds', async () => {
    const { db } = tempStore();
    const karinElsewhere = { ...people.karin, email: 'k.berg@privat.example' };
    forumStation(
      'Ledarforum mars',
      '2026-03-12',
      [people.anna, people.bo, people.karin],
      [people.anna, people.bo, people.karin],
      db,
    );
    forumStation('Ledarforum juni', '2026-06-11', [people.anna, people.bo], [people.anna], db);
    const november = forumStation(
      'Ledarforum november',
      '2026-11-12',
      [people.anna, people.eva, karinElsewhere],
      [],
      db,
    );
    const { handlers, session, station } = staff(db);
    checkInGuest(station, november.guest(people.eva).id, 'wedge');
    const view = await dispatch(handlers, 'getForumHistory', { session });
    expect(view).toMatchObject({ source: 'station', hubProblem: null, forumId: november.eventId });
    expect(view.history.forums.map((f) => f.name)).toEqual([
      'Ledarforum mars',
      'Ledarforum juni',
      'Ledarforum november',
    ]);
    expect(view.firstTimers).toEqual([
      { guestId: november.guest(people.eva).id, fullName: 'Eva Sten', department: 'Kultur', arrived: true },
      { guestId: november.guest(karinElsewhere).id, fullName: 'Karin Berg', department: 'Miljö', arrived: false },
    ]);
    const summary = view.history.summaries.find((s) => s.forumId === november.eventId)!;
    expect(summary.newFaces).toEqual(['Eva Sten']);
    // Bo came in March, neither in June nor now.
    expect(summary.away.map((a) => [a.name, view.history.forums.find((f) => f.id === a.lastForumId)?.name])).toEqual([
      ['Karin Berg', 'Ledarforum mars'],
      ['Bo Lind', 'Ledarforum mars'],
    ]);

    // Without a hub, staff's answer is kept at this station, and applied as the hub would.
    const [proposal] = view.history.proposals;
    expect(proposal).toMatchObject({ name: 'Karin Berg', decision: null });
    checkInGuest(station, november.guest(karinElsewhere).id, 'wedge');
    const confirmed = await dispatch(handlers, 'decideForumLink', {
      session,
      proposalId: proposal!.id,
      decision: 'same',
    });
    expect(confirmed.history.proposals).toEqual([expect.objectContaining({ id: proposal!.id, decision: 'same' })]);
    expect(confirmed.history.people.filter((p) => p.name === 'Karin Berg').map((p) => p.attended.length)).toEqual([2]);
    expect(confirmed.firstTimers.map((guest) => guest.fullName)).toEqual(['Eva Sten']);
    const gone = await dispatch(handlers, 'decideForumLink', { session, proposalId: 'f'.repeat(32), decision: 'same' });
    expect(gone.decisionProblem).toMatchObject({ code: 'proposal-gone' });
    expect(gone.history.proposals).toEqual([expect.objectContaining({ id: proposal!.id, decision: 'same' })]);

    // The purge forgets staff's answers with the names.
    purgePersonalData(db, november.eventId);
    expect(db.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'forums.link.%'").get()).toEqual({ n: 0 });
  });

  it("while the hub does not answer, says so and shows the station's own forums", async () => {
    const storage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
    const hub = await tempHub(storage);
    const { db } = tempStore();
    const november = forumStation('Ledarforum november', '2026-11-12', [people.anna], [people.anna], db);
    await paired(storage, hub.url, db);
    await hub.close();
    const { handlers, session } = staff(db);
    const view = await dispatch(handlers, 'getForumHistory', { session });
    expect(view).toMatchObject({ source: 'station', hubProblem: { code: 'unreachable' }, forumId: november.eventId });
    expect(view.history.people).toEqual([{ name: 'Anna Ek', department: 'Kultur', attended: [november.eventId] }]);
  });

  it('lists people as the guest list does, by surname in Swedish order, from the hub and from the station', async () => {
    const names = [
      { firstName: 'Åsa', lastName: 'Öberg' },
      { firstName: 'Carl', lastName: 'von Essen' },
      { firstName: 'Örjan', lastName: 'Andersson' },
      { firstName: 'Bo', lastName: 'Zetterlund' },
      { firstName: 'Anna', lastName: 'Ek' },
    ];
    const list = names.map((name, n) => ({ ...name, email: `p${n}@kommun.example`, department: 'Kultur' }));
    const storage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
    const hub = await tempHub(storage);
    const { db } = tempStore();
    forumStation('Ledarforum mars', '2026-03-12', list, list, db);
    await paired(storage, hub.url, db);
    const { handlers, session } = staff(db);
    const expected = ['Örjan Andersson', 'Anna Ek', 'Carl von Essen', 'Bo Zetterlund', 'Åsa Öberg'];

    const fromHub = await dispatch(handlers, 'getForumHistory', { session });
    expect(fromHub.source).toBe('hub');
    expect(fromHub.history.people.map((person) => person.name)).toEqual(expected);
    expect(fromHub.history.summaries[0]!.newFaces).toEqual(expected);
    await hub.close();
    const fromStation = await dispatch(handlers, 'getForumHistory', { session });
    expect(fromStation.source).toBe('station');
    expect(fromStation.history.people.map((person) => person.name)).toEqual(expected);
  });

  it('is for staff only', async () => {
    const { db } = tempStore();
    forumStation('Ledarforum', '2026-03-12', [people.anna], [], db);
    const { handlers } = staff(db);
    await expect(async () => dispatch(handlers, 'getForumHistory', { session: 'x'.repeat(32) })).rejects.toThrow(
      /locked/,
    );
  });
});
