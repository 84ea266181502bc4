import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInByCode, type Station } from '../../src/main/kiosk/check-in';
import { encodeSignedInvitation, type InvitationClaims } from '../../src/main/invitations/signed-invitation';
import { generateSigningKeyPair, parsePrivateKeyPem } from '../../src/main/invitations/signing-keys';
import { openDatabase } from '../../src/main/store/database';
import { addEventKey, retireEventKey, revokeInvitation } from '../../src/main/store/event-keys';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { getGuest, insertGuest, removeGuests } from '../../src/main/store/guests';

let dir: string;
let station: Station;
let eventId: string;
const organizer = generateSigningKeyPair();
const sign = (claims: InvitationClaims, key = organizer) =>
  encodeSignedInvitation(claims, key.keyId, parsePrivateKeyPem(key.privateKeyPem));
const newcomer = (): InvitationClaims => ({
  guestId: randomUUID(),
  firstName: 'Göran',
  lastName: 'Bäckström',
  title: 'Avdelningschef',
  department: 'Tekniska förvaltningen',
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-signed-'));
  const db = openDatabase(path.join(dir, 'entre.db'));
  eventId = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null }).id;
  setActiveEvent(db, eventId);
  addEventKey(db, eventId, organizer.publicKeyPem);
  station = { db, stationId: 'station-1' };
});
afterEach(() => {
  station.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('checking in with a signed invitation', () => {
  it('admits a guest the kiosk did not know and records them as admitted from a signed invitation', () => {
    const claims = newcomer();
    const outcome = checkInByCode(station, sign(claims).toUpperCase(), 'camera');
    expect(outcome).toMatchObject({ kind: 'welcome', guest: { id: claims.guestId, fullName: 'Göran Bäckström' } });
    expect(getGuest(station.db, claims.guestId)).toMatchObject({ source: 'signed-invitation', eventId });
    expect(checkInByCode(station, sign(claims), 'wedge')).toMatchObject({ kind: 'already' });
  });

  it('refuses the signed invitation of a cancelled guest this kiosk imported under another id, and adds nobody', () => {
    const claims = newcomer();
    const imported = insertGuest(station.db, {
      eventId,
      code: 'goran0001',
      firstName: claims.firstName,
      lastName: claims.lastName,
      title: claims.title,
      department: claims.department,
      email: '',
      source: 'import',
    });
    removeGuests(station.db, [imported.id]);
    expect(checkInByCode(station, sign(claims), 'camera')).toEqual({ kind: 'unknown' });
    expect(getGuest(station.db, claims.guestId)).toBeNull();
  });

  it('admits the namesake still on the list when another of that name was cancelled, and adds nobody', () => {
    const claims = newcomer();
    const fields = {
      eventId,
      firstName: claims.firstName,
      lastName: claims.lastName,
      title: claims.title,
      department: claims.department,
      email: '',
      source: 'import' as const,
    };
    const cancelled = insertGuest(station.db, { ...fields, code: 'goran0001' });
    const listed = insertGuest(station.db, { ...fields, code: 'goran0002' });
    removeGuests(station.db, [cancelled.id]);
    expect(checkInByCode(station, sign(claims), 'camera')).toMatchObject({ kind: 'welcome', guest: { id: listed.id } });
    expect(getGuest(station.db, claims.guestId)).toBeNull();
  });

  it('admits a known guest as themselves, not as a copy', () => {
    const known = insertGuest(station.db, {
      eventId,
      code: 'known0001',
      firstName: 'Åsa',
      lastName: 'Lindqvist',
      title: 'Chef',
      department: 'Soc',
      email: '',
      source: 'import',
    });
    const outcome = checkInByCode(station, sign({ ...newcomer(), guestId: known.id, firstName: 'Fake' }), 'camera');
    expect(outcome).toMatchObject({ kind: 'welcome', guest: { id: known.id, fullName: 'Åsa Lindqvist' } });
  });

  it('recognises a known guest by name when the kiosk imported the list itself and gave other ids', () => {
    const known = insertGuest(station.db, {
      eventId,
      code: 'known0002',
      firstName: 'Goran',
      lastName: 'Backstrom',
      title: '',
      department: '',
      email: '',
      source: 'import',
    });
    const claims = newcomer();
    expect(checkInByCode(station, sign(claims), 'camera')).toMatchObject({ kind: 'welcome', guest: { id: known.id } });
    expect(getGuest(station.db, claims.guestId)).toBeNull();
  });

  it('refuses forged, revoked, retired-key and other-event invitations without recording anyone', () => {
    const forger = generateSigningKeyPair();
    const forged = newcomer();
    expect(checkInByCode(station, sign(forged, { ...forger, keyId: organizer.keyId }), 'camera')).toEqual({
      kind: 'unknown',
    });

    const revoked = newcomer();
    revokeInvitation(station.db, eventId, revoked.guestId);
    expect(checkInByCode(station, sign(revoked), 'camera')).toEqual({ kind: 'unknown' });

    const otherEvent = createEvent(station.db, { name: 'Annat', startsOn: null, venue: null }).id;
    const otherKey = generateSigningKeyPair();
    addEventKey(station.db, otherEvent, otherKey.publicKeyPem);
    const elsewhere = newcomer();
    expect(checkInByCode(station, sign(elsewhere, otherKey), 'camera')).toEqual({ kind: 'unknown' });

    const late = newcomer();
    retireEventKey(station.db, eventId, organizer.keyId);
    expect(checkInByCode(station, sign(late), 'camera')).toEqual({ kind: 'unknown' });

    for (const claims of [forged, revoked, elsewhere, late]) expect(getGuest(station.db, claims.guestId)).toBeNull();
  });

  it('keeps plain codes working next to signed ones', () => {
    insertGuest(station.db, {
      eventId,
      code: 'plaincode42',
      firstName: 'Ali',
      lastName: 'Yilmaz',
      title: '',
      department: '',
      email: '',
      source: 'import',
    });
    expect(checkInByCode(station, 'PLAINCODE42', 'wedge')).toMatchObject({ kind: 'welcome' });
  });
});
