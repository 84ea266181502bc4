// The sync suite, run against each hub storage: three stations and a hub as real processes, a
// fault proxy between them, offline check-ins at every door, then convergence: the same attendance
// at every station and at the hub, each check-in exactly once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from '@playwright/test';
import { openDatabase } from '../../src/main/store/database';
import { getActiveEvent } from '../../src/main/store/events';
import { appendAttendance } from '../../src/main/store/attendance';
import { findGuestByCode, insertGuest } from '../../src/main/store/guests';
import type { ScanOutcome, SyncStatus } from '../../src/shared/domain';
import { setupCodeFor } from './staff';
import type { HubAttendance, PullResponse } from '../../src/shared/sync-protocol';
import { runCli } from './cli';
import { FaultProxy } from './fault-proxy';
import {
  callStation,
  type HubBackend,
  killHard,
  makeStation,
  newPairingCode,
  type RunningHubProcess,
  startHubProcess,
  type SyncStation,
  writeFile,
} from './sync-cluster';

const GUESTS = 2500; // more than one push batch, so a batch can be cut in the middle of a sync
const code = (n: number) => `guest${String(n).padStart(4, '0')}`;
const guestList = () =>
  ['first_name,last_name,email,code']
    .concat(Array.from({ length: GUESTS }, (_, i) => `Gäst,Nummer${i + 1},g${i + 1}@example.se,${code(i + 1)}`))
    .join('\n');

function attendanceIds(station: SyncStation): string[] {
  const db = new Database(station.dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM attendance_events ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

async function pullEverything(hubUrl: string, token: string) {
  const records: PullResponse['records'] = [];
  for (let since = 0; ;) {
    const response = await fetch(`${hubUrl}/sync/v1/pull?since=${since}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as PullResponse;
    records.push(...page.records);
    since = page.cursor;
    if (!page.more) return records;
  }
}

async function checkIn(station: SyncStation, guestCode: string): Promise<ScanOutcome['kind']> {
  return (await callStation<ScanOutcome>(station, 'checkInByCode', { code: guestCode, method: 'wedge' })).kind;
}

export function defineSyncSuite(openBackend: (dir: string) => Promise<HubBackend>): void {
  test('stations that checked guests in offline converge with the hub, through faults, exactly once', async () => {
    test.setTimeout(240_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-sync-'));
    const backend = await openBackend(dir);
    const proxy = new FaultProxy();
    const proxyUrl = await proxy.start();
    let hub: RunningHubProcess = await startHubProcess(backend);
    proxy.target = hub.url;
    const firstCode = hub.code;
    const restartHub = async () => {
      await killHard(hub.process);
      hub = await startHubProcess(backend);
      proxy.target = hub.url;
    };
    const [a, b, c] = ['door-a', 'door-b', 'door-c'].map((name) => makeStation(dir, name)) as [
      SyncStation,
      SyncStation,
      SyncStation,
    ];
    try {
      // The organizer's station holds the guest list; the other doors start empty. (CLI runs take
      // seconds each on a busy machine: independent ones run side by side.)
      const [imported, codeB, codeC, observerCode] = await Promise.all([
        a.cli(['import', writeFile(dir, 'guests.csv', guestList()), '--event', 'Ledarforum']),
        newPairingCode(backend),
        newPairingCode(backend),
        newPairingCode(backend),
      ]);
      expect(imported.code, imported.stderr).toBe(0);
      const paired = await Promise.all(
        (
          [
            [a, firstCode],
            [b, codeB],
            [c, codeC],
          ] as const
        ).map(([station, pairingCode]) => station.cli(['pair', '--hub', proxyUrl, '--code', pairingCode])),
      );
      for (const result of paired) expect(result.code, result.stderr).toBe(0);

      // The hub is killed while the first batch is on its way; then an answer is lost after commit.
      proxy.mode = 'kill-on-push';
      proxy.onPush = () => void killHard(hub.process);
      const killed = await a.cli(['sync', '--hub', proxyUrl]);
      expect(killed.code).toBe(1);
      expect(killed.stderr).toMatch(/hub at .* (cannot be reached|did not answer)/);
      await restartHub();
      proxy.mode = 'cut-after-commit';
      expect((await a.cli(['sync'])).code).toBe(1);
      expect(proxy.injected).toBe(1);
      proxy.mode = 'pass';
      const synced = await a.cli(['sync', '--hub', proxyUrl]);
      expect(synced.code, synced.stderr).toBe(0);
      expect(synced.stderr).toContain(`sent`);
      const [syncedB, syncedC, reused] = await Promise.all([
        b.cli(['sync']),
        c.cli(['sync']),
        c.cli(['pair', '--hub', proxyUrl, '--code', firstCode]),
      ]);
      expect([syncedB.code, syncedC.code]).toEqual([0, 0]);
      expect(reused.stderr).toContain('wrong, already used or expired');

      // Walk-ins with the same e-mail registered at two doors while the hub is unreachable.
      for (const [station, walkInCode] of [
        [a, 'walkina'],
        [b, 'walkinb'],
      ] as const) {
        const db = openDatabase(station.dbFile);
        insertGuest(db, {
          eventId: getActiveEvent(db)!.id,
          code: walkInCode,
          firstName: 'Vera',
          lastName: 'Walkin',
          title: '',
          department: '',
          email: 'Vera.Walkin@example.se',
          source: 'walk-in',
        });
        db.close();
      }

      proxy.mode = 'down';
      await Promise.all([a.serve(), b.serve(), c.serve()]);
      const expected: Record<string, number> = {};
      for (let n = 1; n <= 10; n++) expect(await checkIn(a, code(n))).toBe('welcome');
      for (let n = 6; n <= 15; n++) expect(await checkIn(b, code(n))).toBe('welcome'); // 6-10 also at door A
      for (let n = 21; n <= 30; n++) expect(await checkIn(c, code(n))).toBe('welcome');
      expect(await checkIn(a, 'walkina')).toBe('welcome');
      expect(await checkIn(b, 'walkinb')).toBe('welcome');
      expected.total = 10 + 10 + 10 + 2;

      // The hub stays unreachable until every door has tried and says why it fails.
      for (const station of [a, b, c]) {
        await expect
          .poll(async () => (await callStation<SyncStatus>(station, 'getSyncStatus', {})).lastError?.code, {
            timeout: 15_000,
          })
          .toBe('unreachable');
      }
      const offline = await callStation<SyncStatus>(b, 'getSyncStatus', {});
      expect(offline.pendingEvents).toBeGreaterThanOrEqual(11);

      // Back up, with every push duplicated and an older one replayed after it.
      proxy.mode = 'replay';
      for (const station of [a, b, c]) {
        await expect
          .poll(async () => (await callStation<SyncStatus>(station, 'getSyncStatus', {})).pendingEvents, {
            timeout: 30_000,
          })
          .toBe(0);
      }
      await proxy.settle();
      expect(proxy.injected).toBeGreaterThan(2);
      // One more round everywhere, so each door has pulled what the last one pushed.
      // "Sync now" is a staff action: each door's staff unlock first.
      for (const station of [a, b, c]) {
        const { session } = await callStation<{ session: string }>(station, 'staffSetPin', {
          pin: '2468',
          setupCode: setupCodeFor(station.url!),
        });
        await callStation(station, 'syncNow', { session });
      }
      const everywhere = () => [a, b, c].map((station) => attendanceIds(station).length);
      await expect.poll(everywhere, { timeout: 30_000 }).toEqual([expected.total, expected.total, expected.total]);
      const ids = attendanceIds(a);
      expect(new Set(ids).size).toBe(expected.total);
      expect(attendanceIds(b)).toEqual(ids);
      expect(attendanceIds(c)).toEqual(ids);

      // The hub holds each check-in exactly once, with its station and original time.
      const observer = await fetch(`${hub.url}/sync/v1/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: observerCode, stationId: 'observer', activeEventId: null }),
      });
      const { token } = (await observer.json()) as { token: string };
      const hubRecords = await pullEverything(hub.url, token);
      const hubAttendance = hubRecords.filter((record) => record.type === 'attendance');
      expect(hubAttendance.map((record) => record.id).sort()).toEqual(ids);
      expect(hubRecords.filter((record) => record.type === 'guest')).toHaveLength(GUESTS + 2);

      // Door B now knows door A's check-ins, and one guest for the walk-in registered twice.
      expect(await checkIn(b, code(1))).toBe('already');
      expect(await checkIn(c, 'walkina')).toBe('already');
      expect(await checkIn(c, 'walkinb')).toBe('already');
      expect(await callStation<unknown[]>(c, 'searchGuests', { query: 'Vera Walkin' })).toHaveLength(1);

      // The organizer's merged attendance flags the double entries.
      const report = (await (
        await fetch(`${hub.url}/sync/v1/attendance`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as HubAttendance;
      expect(report.rows).toHaveLength(GUESTS + 1);
      expect(report.rows.filter((row) => row.checkedIn)).toHaveLength(15 + 10 + 1);
      const doubled = report.rows.filter((row) => row.doubleEntries.length > 0).map((row) => row.name);
      expect(doubled.sort()).toEqual([
        'Gäst Nummer10',
        'Gäst Nummer6',
        'Gäst Nummer7',
        'Gäst Nummer8',
        'Gäst Nummer9',
        'Vera Walkin',
      ]);
      const [exported, revoked] = await Promise.all([
        a.cli(['export', '--hub', proxyUrl]),
        runCli(['hub-revoke', stationIdOf(c), ...backend.args]),
      ]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toContain('Gäst Nummer6,,,g6@example.se,yes');

      // A revoked station can neither read nor write.
      expect(revoked.code, revoked.stderr).toBe(0);
      const refused = await c.cli(['sync']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('pair it again');
    } finally {
      await Promise.all([a.stop(), b.stop(), c.stop()]);
      await killHard(hub.process);
      await proxy.close();
      await backend.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('one hub, two events: the stations of each event converge on it alone, and reach no further', async () => {
    test.setTimeout(180_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-sync-events-'));
    const backend = await openBackend(dir);
    const hub = await startHubProcess(backend);
    const [march, november, door] = ['march', 'november', 'door'].map((name) => makeStation(dir, name)) as [
      SyncStation,
      SyncStation,
      SyncStation,
    ];
    const list = (prefix: string) =>
      [
        'first_name,last_name,email,code',
        ...[1, 2, 3].map((n) => `Gäst,${prefix}${n},${prefix}${n}@example.se,${prefix}${n}`),
      ].join('\n');
    try {
      const [marchList, novemberList, novemberCode, doorCode] = await Promise.all([
        march.cli(['import', writeFile(dir, 'march.csv', list('mars')), '--event', 'Ledarforum mars']),
        november.cli(['import', writeFile(dir, 'november.csv', list('nov')), '--event', 'Ledarforum november']),
        newPairingCode(backend),
        newPairingCode(backend),
      ]);
      expect([marchList.code, novemberList.code]).toEqual([0, 0]);
      const pairedOrganizers = await Promise.all([
        march.cli(['pair', '--hub', hub.url, '--code', hub.code]),
        november.cli(['pair', '--hub', hub.url, '--code', novemberCode]),
      ]);
      for (const result of pairedOrganizers) expect(result.code, result.stderr).toBe(0);
      const synced = await Promise.all([march.cli(['sync']), november.cli(['sync'])]);
      for (const result of synced) expect(result.code, result.stderr).toBe(0);

      const listed = await runCli(['hub-events', ...backend.args]);
      expect(listed.stdout).toMatch(/Ledarforum mars {2}1 station/);
      const novemberId = /^(\S+) {2}Ledarforum november/m.exec(listed.stdout)![1]!;
      const marchId = /^(\S+) {2}Ledarforum mars/m.exec(listed.stdout)![1]!;

      // An empty door must choose; then it serves November and learns November's check-ins only.
      const undecided = await door.cli(['pair', '--hub', hub.url, '--code', doorCode]);
      expect(undecided.code).toBe(1);
      expect(undecided.stderr).toContain('"Ledarforum mars"');
      expect(undecided.stderr).toContain('"Ledarforum november"');
      const paired = await door.cli(['pair', '--hub', hub.url, '--code', doorCode, '--event', novemberId]);
      expect(paired.code, paired.stderr).toBe(0);
      for (const [station, guestCode] of [
        [march, 'mars1'],
        [november, 'nov2'],
      ] as const) {
        const db = openDatabase(station.dbFile);
        const guest = findGuestByCode(db, getActiveEvent(db)!.id, guestCode)!;
        appendAttendance(db, {
          eventId: guest.eventId,
          guestId: guest.id,
          stationId: stationIdOf(station),
          kind: 'check-in',
          method: 'wedge',
        });
        db.close();
      }
      const resynced = await Promise.all([march.cli(['sync']), november.cli(['sync'])]);
      for (const result of resynced) expect(result.code, result.stderr).toBe(0);
      expect((await door.cli(['sync'])).code).toBe(0);

      const [doorReport, foreign, ambiguous, marchReport] = await Promise.all([
        door.cli(['export', '--hub', hub.url]),
        door.cli(['export', '--hub', hub.url, '--event', marchId]),
        runCli(['hub-export', ...backend.args]),
        runCli(['hub-export', '--event', marchId, ...backend.args]),
      ]);
      expect(doorReport.stdout).toContain('Gäst nov2,,,nov2@example.se,yes');
      expect(doorReport.stdout).not.toContain('mars');
      expect(foreign.code).toBe(1);
      expect(foreign.stderr).toMatch(
        /serves event "Ledarforum november".* may not read or write event "Ledarforum mars"/,
      );
      expect(ambiguous.code).toBe(1);
      expect(ambiguous.stderr).toContain('several events; choose one with --event ID');
      expect(ambiguous.stderr).toContain(`${marchId}  Ledarforum mars`);
      expect(ambiguous.stderr).toContain(`${novemberId}  Ledarforum november`);
      expect(marchReport.stdout).toContain('Gäst mars1,,,mars1@example.se,yes');
      expect(marchReport.stdout).not.toContain('nov');

      const doorDb = new Database(door.dbFile, { readonly: true });
      try {
        expect(doorDb.prepare('SELECT name FROM events').all()).toEqual([{ name: 'Ledarforum november' }]);
        expect(doorDb.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: 3 });
        expect(doorDb.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 1 });
      } finally {
        doorDb.close();
      }
    } finally {
      await killHard(hub.process);
      await backend.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

function stationIdOf(station: SyncStation): string {
  const db = new Database(station.dbFile, { readonly: true });
  try {
    return (db.prepare("SELECT value FROM settings WHERE key = 'station_id'").get() as { value: string }).value;
  } finally {
    db.close();
  }
}
