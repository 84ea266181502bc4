// What a push may carry reaches either hub exactly as sent: a lone record, records with and without a
// version, and names holding line breaks, tabs and quotes (the PostgreSQL hub sends a push's columns as
// line-separated text, so this is where a mistake there would show). Ids and times with control
// characters are refused in one sentence, and nothing of that push is stored.
import { describe, expect, it } from 'vitest';
import { newRecordId } from '../../src/main/store/record-id';
import { HUB_BACKENDS, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { checkInRecord, eventRecord, guestRecord } from '../helpers/hub-records';

const event = eventRecord();
const eventId = event.id;
const stationId = newRecordId();
const guest = (firstName: string) =>
  guestRecord(eventId, {
    firstName,
    lastName: 'Lindqvist',
    title: 'Enhetschef\t"Äldreomsorg"',
    department: 'Vård\\omsorg',
  });
const checkIn = (guestId: string, id = newRecordId()) => checkInRecord(eventId, stationId, { guestId, id });

describe.each(HUB_BACKENDS)('a push to a %s hub', (name) => {
  it.skipIf(hubBackendMissing(name))(
    'stores every record as sent, one alone or many, whatever their names hold',
    async () => {
      const { storage } = await tempBackendHub(name);
      await storage.push(stationId, [event]);
      const annaKarin = guest('Anna\nKarin');
      const crlf = guest('Åsa\r\n');
      await storage.push(stationId, [annaKarin, crlf]);
      // A lone surrogate travels as U+FFFD in a text parameter, which PostgreSQL takes.
      const oddId = checkIn(annaKarin.id, `${newRecordId()}\ud800`);
      await storage.push(stationId, [oddId]);
      const alone = checkIn(annaKarin.id);
      expect(await storage.push(stationId, [alone])).toEqual({ stored: 1, duplicates: 0 });
      expect(await storage.eventRecords(eventId)).toEqual([event, annaKarin, crlf, oddId, alone]);
    },
  );

  it.skipIf(hubBackendMissing(name))(
    'refuses ids and times with control characters, storing nothing of that push',
    async () => {
      const { hub, storage } = await tempBackendHub(name);
      await storage.push(stationId, [event]);
      const { token } = (await storage.pair(await storage.createPairingCode(), stationId, eventId))!;
      for (const bad of [
        checkIn(newRecordId(), `${newRecordId()}\nx`),
        { ...checkIn(newRecordId()), wallTime: '2026-11-12T09:00\u0000' },
      ]) {
        const response = await fetch(`${hub.url}/sync/v1/push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ records: [checkIn(newRecordId()), bad] }),
        });
        expect(response.status).toBe(400);
        expect((await response.json()).error.message).toMatch(
          /^The request was refused: records\.1\.(id|wallTime): must not hold control characters$/,
        );
      }
      expect(await storage.eventRecords(eventId)).toEqual([event]);
    },
  );
});

it.skipIf(hubBackendMissing('postgres'))(
  'the PostgreSQL hub refuses a record of its own with a line break in its id rather than shift the columns',
  async () => {
    const { storage } = await tempBackendHub('postgres');
    await storage.push(stationId, [event]);
    // The hub's own records (forum marks) reach the storage without the schema's check.
    await expect(
      storage.push(stationId, [checkIn(newRecordId()), checkIn(newRecordId(), 'mark\nof the hub')]),
    ).rejects.toThrow('A record id or version holds a line break; the PostgreSQL hub cannot store it.');
    expect(await storage.eventRecords(eventId)).toEqual([event]);
  },
);
