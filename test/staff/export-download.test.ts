// A staff export is downloaded from the station as it is read (issue 15): the missing list of 10,000
// guests arrives whole over HTTP, the doors keep checking guests in while it is being sent, and its
// one-time address answers only once.
import { parse } from 'csv-parse/sync';
import { describe, expect, it, onTestFinished } from 'vitest';
import { httpRoute } from '../../src/shared/api-calls';
import type { ApiCallName } from '../../src/shared/api';
import { startHttpStation } from '../../src/main/api/http-station';
import { ExportDownloads } from '../../src/main/staff/export-downloads';
import { staffSetupCode } from '../../src/main/staff/pin';
import { insertGuests, listGuests } from '../../src/main/store/guests';
import { tempDir, tempStation } from '../helpers/temp';
import { numberedGuests } from '../helpers/numbered-guests';

const GUESTS = 10_000;

describe('staff export downloads', () => {
  it('sends the missing list as it is read, while the doors go on checking guests in', async () => {
    const { db, station, eventId } = tempStation([]);
    insertGuests(db, numberedGuests(eventId, GUESTS));
    const guests = listGuests(db, eventId);
    const server = await startHttpStation({ station, host: '127.0.0.1', port: 0, rendererDir: tempDir() });
    onTestFinished(() => server.close());
    const call = async (name: ApiCallName, body: object) => {
      const response = await fetch(new URL(httpRoute(name), server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.ok, await response.clone().text()).toBe(true);
      return response.json();
    };
    const { session } = await call('staffSetPin', { pin: '2468', setupCode: staffSetupCode(db) });
    await call('checkInGuest', { guestId: guests[0]!.id, method: 'search' });

    const offer = await call('staffExport', { session, format: 'csv', scope: 'missing' });
    expect(offer.fileName).toMatch(/^Ledarforum-missing-\d{4}-\d{2}-\d{2}\.csv$/);
    const response = await fetch(new URL(offer.url, server.url));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`filename="${offer.fileName}"`);
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    const first = await reader.read();
    chunks.push(first.value!);
    // The download has begun and is not done: a guest far down the list arrives at a door meanwhile.
    const late = guests.at(-1)!;
    expect(await call('checkInByCode', { code: late.code, method: 'wedge' })).toMatchObject({ kind: 'welcome' });
    for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(part.value);

    const rows = parse(Buffer.concat(chunks).toString('utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    // Everyone but the guest who arrived before; the one who arrived during the download is in it if
    // their page had been read by then, and the file is whole either way.
    const names = rows.map((row) => row.name);
    expect(names.slice(0, GUESTS - 2)).toEqual(guests.slice(1, -1).map((g) => `${g.firstName} ${g.lastName}`));
    expect(names.slice(GUESTS - 2)).toEqual(names.length === GUESTS - 1 ? [`${late.firstName} ${late.lastName}`] : []);

    const again = await fetch(new URL(offer.url, server.url));
    expect(again.status).toBe(404);
    // A plain page in the browser: Swedish first, with its å and ä intact, and English.
    expect(again.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const lapsed = await again.text();
    expect(lapsed).toContain('Den här nedladdningen har redan använts eller gått ut: tryck på exportknappen igen.');
    expect(lapsed).toContain('This download has been used or has lapsed: press the export button again.');
  });

  it('offers the CSV for Swedish Excel: a .csv with semicolons, Swedish headers and values', async () => {
    const { db } = tempStation([{ code: 'asa00001', firstName: 'Åsa', lastName: 'Öhman' }]);
    const downloads = new ExportDownloads(db);
    const file = (await downloads.take(downloads.offer('csv-sv', 'attendance')))!;
    // Named apart from the plain CSV of the same export, which a download beside it would otherwise overwrite.
    expect(file.fileName).toMatch(/^Ledarforum-narvaro-\d{4}-\d{2}-\d{2}\.csv$/);
    expect((await downloads.take(downloads.offer('xlsx-sv', 'missing')))!.fileName).toMatch(
      /^Ledarforum-saknade-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    expect(file.mimeType).toBe('text/csv; charset=utf-8');
    const chunks: Buffer[] = [];
    for await (const piece of file.pieces) chunks.push(piece);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(
      '\ufeffnamn;titel;förvaltning;e-post;incheckad;incheckad_tid;station;sätt;spontanbesök\r\n' +
        'Åsa Öhman;;;;nej;;;;nej\r\n',
    );
  });

  it('lets an offered download lapse when the page does not start it within a minute', async () => {
    const { db } = tempStation([{ code: 'asa00001', firstName: 'Åsa', lastName: 'Öhman' }]);
    let now = Date.parse('2026-03-12T09:00:00Z');
    const downloads = new ExportDownloads(db, () => now);
    const started = downloads.offer('json', 'attendance');
    const lapsed = downloads.offer('json', 'attendance');
    const file = (await downloads.take(started))!;
    now += 60_000;
    expect(await downloads.take(lapsed)).toBeNull();
    expect(await downloads.take('/downloads/export/never-offered')).toBeNull();
    const chunks: Buffer[] = [];
    for await (const piece of file.pieces) chunks.push(piece);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8')).guests[0].name).toBe('Åsa Öhman');
  });
});
