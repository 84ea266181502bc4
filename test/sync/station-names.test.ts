// Station names travel through the hub (issue 14): the hub's merged attendance and every door's own
// export name the door that checked a guest in, not its UUID.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportAttendance } from '../helpers/export-whole';
import { checkInByCode } from '../../src/main/kiosk/check-in';
import type { Db } from '../../src/main/store/database';
import { createEvent, getActiveEvent, setActiveEvent, updateEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { setStationName } from '../../src/main/store/station-names';
import { fetchHubAttendance, pairWithHub, syncOnce } from '../../src/main/sync/client';
import { HUB_BACKENDS, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { tempStore } from '../helpers/temp';

const stationColumn = (csv: string) =>
  (parse(csv, { bom: true, columns: true }) as Record<string, string>[]).map((row) => `${row.name}: ${row.station}`);

const ENTRE = fileURLToPath(new URL('../../bin/entre.js', import.meta.url));
// Not execFileSync: the hub answering `export --hub` runs in this process.
const entre = async (args: string[], env: NodeJS.ProcessEnv = {}) =>
  (await promisify(execFile)(process.execPath, [ENTRE, ...args], { encoding: 'utf8', env: { ...process.env, ...env } }))
    .stdout;

describe.each(HUB_BACKENDS)('station names through a %s hub', (name) => {
  it.skipIf(hubBackendMissing(name))(
    "shows each door's name in the hub's merged attendance, in every door's export and on the hub machine",
    async () => {
      const { storage: hubStorage, hub, cliArgs } = await tempBackendHub(name);
      const url = hub.url;
      const pairAndSync = async (db: Db) => {
        await pairWithHub(db, stationId(db), url, await hubStorage.createPairingCode());
        await syncOnce(db, stationId(db));
      };

      const north = tempStore().db;
      const event = createEvent(north, { name: 'Ledarforum', startsOn: null, venue: null });
      setActiveEvent(north, event.id);
      for (const [firstName, code] of [
        ['Anna', 'anna0001'],
        ['Bo', 'bo000001'],
      ] as const)
        insertGuest(north, {
          eventId: event.id,
          code,
          firstName,
          lastName: 'Berg',
          title: '',
          department: '',
          email: '',
          source: 'import',
        });
      setStationName(north, stationId(north), 'Entré norr');
      await pairAndSync(north);
      const { db: south, file: southFile } = tempStore();
      await pairAndSync(south);

      expect(checkInByCode({ db: north, stationId: stationId(north) }, 'anna0001', 'wedge').kind).toBe('welcome');
      expect(checkInByCode({ db: south, stationId: stationId(south) }, 'bo000001', 'wedge').kind).toBe('welcome');
      await syncOnce(north, stationId(north));
      await syncOnce(south, stationId(south));

      expect(stationColumn(await fetchHubAttendance(south, url, 'csv'))).toEqual([
        'Anna Berg: Entré norr',
        `Bo Berg: ${stationId(south).slice(0, 8)}`,
      ]);
      const southExport = await exportAttendance(south, getActiveEvent(south)!, 'csv');
      expect(stationColumn(southExport.bytes.toString('utf8'))).toEqual([
        'Anna Berg: Entré norr',
        `Bo Berg: ${stationId(south).slice(0, 8)}`,
      ]);

      // Named later, at the door: the next round carries it.
      setStationName(south, stationId(south), 'Entré syd');
      await syncOnce(south, stationId(south));
      await syncOnce(north, stationId(north));
      expect(stationColumn(await fetchHubAttendance(north, url, 'csv'))).toEqual([
        'Anna Berg: Entré norr',
        'Bo Berg: Entré syd',
      ]);
      const northExport = await exportAttendance(north, getActiveEvent(north)!, 'csv');
      expect(stationColumn(northExport.bytes.toString('utf8'))).toEqual([
        'Anna Berg: Entré norr',
        'Bo Berg: Entré syd',
      ]);
      expect((await hubStorage.listStations()).map((station) => station.name).sort()).toEqual([
        'Entré norr',
        'Entré syd',
      ]);
      // `entre export --hub` at a door: the merged attendance in that door's event time zone.
      updateEvent(south, getActiveEvent(south)!.id, { timeZone: 'Asia/Kolkata' });
      const fromHub = parse(await entre(['export', '--hub', url, '--db', southFile]), {
        bom: true,
        columns: true,
      }) as Record<string, string>[];
      expect(fromHub.map((row) => `${row.name}: ${row.station}`)).toEqual([
        'Anna Berg: Entré norr',
        'Bo Berg: Entré syd',
      ]);
      for (const row of fromHub) expect(row.checked_in_at).toMatch(/\+05:30$/);
      // On the hub machine, straight from its database: the zone set at the door has not reached the hub
      // yet, so the times are in the zone of the computer it runs on, or the one asked for.
      const hubExport = async (args: string[], env?: NodeJS.ProcessEnv) =>
        parse(await entre(['hub-export', ...args, ...cliArgs], env), { bom: true, columns: true }) as Record<
          string,
          string
        >[];
      const atHub = await hubExport([], { TZ: 'Asia/Tokyo' });
      expect(atHub.map((row) => `${row.name}: ${row.station}`)).toEqual([
        'Anna Berg: Entré norr',
        'Bo Berg: Entré syd',
      ]);
      for (const row of atHub) expect(row.checked_in_at).toMatch(/\+09:00$/);
      for (const row of await hubExport(['--time-zone', 'UTC'], { TZ: 'Asia/Tokyo' }))
        expect(row.checked_in_at).toMatch(/\+00:00$/);
      await expect(entre(['hub-export', '--time-zone', 'Stockholm', ...cliArgs])).rejects.toMatchObject({
        stderr: expect.stringContaining('"Stockholm" is not a time zone: use a name such as Europe/Stockholm.'),
      });
      expect(await entre(['hub-stations', ...cliArgs])).toContain('"Entré syd"');
      // A name taken away at the door is taken away at the hub with the next round; the other door's stays.
      setStationName(south, stationId(south), '');
      await syncOnce(south, stationId(south));
      expect((await hubStorage.listStations()).map((station) => station.name).sort()).toEqual(['Entré norr', null]);
      // That round took the event's zone to the hub too: its own CSV and hub-export now write the times in it.
      const offsets = (rows: Record<string, string>[]) => rows.map((row) => row.checked_in_at!.slice(-6));
      expect(offsets(await hubExport([], { TZ: 'Asia/Tokyo' }))).toEqual(['+05:30', '+05:30']);
      const served = parse(await fetchHubAttendance(north, url, 'csv'), { bom: true, columns: true });
      expect(offsets(served as Record<string, string>[])).toEqual(['+05:30', '+05:30']);
    },
    // Each CLI run starts a Node process: on a loaded machine that alone takes seconds.
    120_000,
  );
});
