// The browser station over real HTTP on a free loopback port.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import Database from 'better-sqlite3';
import { startHttpStation } from '../../src/main/api/http-station';
import { API_CALL_NAMES, httpRoute } from '../../src/shared/api';
import { tempDir, tempStation } from '../helpers/temp';

async function running() {
  const store = tempStation([
    {
      code: 'abcd1234',
      firstName: 'Anna-Karin',
      lastName: 'Pålsson',
      title: 'Chef',
      department: 'Soc',
      email: 'akp@k.se',
    },
  ]);
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Entré</title>');
  const station = await startHttpStation({ station: store.station, host: '127.0.0.1', port: 0, rendererDir });
  onTestFinished(() => station.close());
  const post = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(name.startsWith('/') ? name : httpRoute(name as never), station.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { ...store, url: station.url, post };
}

describe('the browser station', () => {
  it('listens on the loopback address and port it was given, and says where', async () => {
    const { url } = await running();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(new URL(url).port).not.toBe('0');
  });

  it('serves the kiosk UI with a strict content security policy', async () => {
    const { url } = await running();
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Entré</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers each call on its own route', async () => {
    const { post, guests, station } = await running();
    expect(API_CALL_NAMES.map(httpRoute)).toEqual([
      '/api/getKioskInfo',
      '/api/checkInByCode',
      '/api/searchGuests',
      '/api/checkInGuest',
      '/api/staffStatus',
      '/api/staffSetPin',
      '/api/staffUnlock',
      '/api/staffLock',
      '/api/staffGuests',
      '/api/staffCheckIn',
      '/api/staffUndoCheckIn',
      '/api/staffEditGuest',
      '/api/staffDepartments',
      '/api/staffFindDuplicates',
      '/api/staffCreateWalkIn',
      '/api/staffDashboard',
      '/api/staffUploadChunk',
      '/api/staffPreviewImport',
      '/api/staffApplyImport',
      '/api/staffExport',
      '/api/staffEventSettings',
      '/api/staffSaveEventSettings',
      '/api/staffPurgePersonalData',
      '/api/staffDoorLog',
      '/api/getBadgeSettings',
      '/api/saveBadgeSettings',
      '/api/listPrintJobs',
      '/api/retryPrintJob',
      '/api/reprintBadge',
      '/api/getSyncStatus',
      '/api/syncNow',
      '/api/kioskShell',
      '/api/quitKiosk',
      '/api/answerPhotoQuestion',
      '/api/getPhotoSettings',
      '/api/savePhotoSettings',
      '/api/listPhotoConsents',
      '/api/takeGuestPhoto',
      '/api/withdrawPhotoConsent',
      '/api/whosWhoBooklet',
      '/api/kioskAutostart',
      '/api/setKioskAutostart',
      '/api/staffRemoveGuest',
      '/api/getForumSettings',
      '/api/saveForumSettings',
      '/api/makeMingleGroups',
      '/api/getForumHistory',
      '/api/decideForumLink',
      '/api/staffStationName',
      '/api/staffSaveStationName',
    ]);
    const info = await post('getKioskInfo', {});
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ event: { name: 'Ledarforum' }, stationId: station.stationId });

    const hits = await (await post('searchGuests', { query: 'palsson' })).json();
    expect(hits).toEqual([{ id: guests[0]!.id, fullName: 'Anna-Karin Pålsson', title: 'Chef', department: 'Soc' }]);

    const welcome = await (await post('checkInByCode', { code: 'abcd1234', method: 'wedge' })).json();
    expect(welcome).toMatchObject({ kind: 'welcome', guest: { fullName: 'Anna-Karin Pålsson' } });
    const already = await (await post('checkInGuest', { guestId: guests[0]!.id, method: 'search' })).json();
    expect(already).toEqual({ ...welcome, kind: 'already' });
    expect(await (await post('checkInByCode', { code: 'nope9999', method: 'camera' })).json()).toEqual({
      kind: 'unknown',
    });
  });

  it('answers 400 with a clear message to bad arguments on every route', async () => {
    const { post, db } = await running();
    const bad: [string, unknown][] = [
      ['getKioskInfo', { extra: 1 }],
      ['checkInByCode', { code: 'abcd1234', method: 'search' }],
      ['checkInByCode', { code: 'a'.repeat(8193), method: 'wedge' }],
      ['searchGuests', { query: 5 }],
      ['checkInGuest', { guestId: crypto.randomUUID() }],
    ];
    for (const [name, body] of bad) {
      const response = await post(name, body);
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe('invalid-arguments');
      expect(error.message).toMatch(new RegExp(`^Invalid arguments for ${name}: `));
    }
    const broken = await post('checkInByCode', '{"code": ');
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('invalid-arguments');
    expect(db.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 0 });
  });

  it('refuses calls from another origin with 403, and accepts its own', async () => {
    const { post, url, db } = await running();
    const own = new URL(url).origin;
    for (const origin of ['http://evil.example', 'http://127.0.0.1:1', 'null']) {
      const response = await post('checkInByCode', { code: 'abcd1234', method: 'wedge' }, { origin });
      expect(response.status).toBe(403);
      expect((await response.json()).error.message).toBe('Requests from another origin are refused.');
    }
    expect(db.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 0 });
    const response = await post('checkInByCode', { code: 'abcd1234', method: 'wedge' }, { origin: own });
    expect(response.status).toBe(200);
  });

  it('refuses an over-large request body', async () => {
    const { post } = await running();
    const response = await post('searchGuests', { query: 'x'.repeat(70 * 1024) });
    expect(response.status).toBe(413);
  });
});

describe('the browser station when the store cannot be written', () => {
  it('answers with an error in plain words that the kiosk shows', async () => {
    const store = tempStation([{ code: 'abcd1234', firstName: 'Åsa', lastName: 'Ek' }]);
    const readOnly = new Database(store.file, { readonly: true });
    onTestFinished(() => {
      readOnly.close();
    });
    const rendererDir = tempDir();
    const station = await startHttpStation({
      station: { db: readOnly, stationId: store.station.stationId },
      host: '127.0.0.1',
      port: 0,
      rendererDir,
    });
    onTestFinished(() => station.close());
    const response = await fetch(new URL(httpRoute('checkInByCode'), station.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'abcd1234', method: 'wedge' }),
    });
    expect(response.ok).toBe(false);
    expect(await response.json()).toEqual({
      error: {
        code: 'storage',
        reason: 'store-unwritable',
        message: 'The store could not be written: nothing was saved. Check the disk and try again.',
      },
    });
  });
});

describe('the browser station when something unforeseen fails', () => {
  it('answers with a reason the kiosk can word, not the fault’s own details', async () => {
    const { post, db } = await running();
    // A fault no handler expects: the store's connection is gone.
    db.close();
    const response = await post('getKioskInfo', {});
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { code: 'internal', reason: 'station-failed', message: 'Something went wrong in the station.' },
    });
  });
});
