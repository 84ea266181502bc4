// Signed invitations held up to the kiosk by someone who wants in: noise, and valid invitations with any
// character or bit changed, cut short, re-signed with another key or spliced together. The check-in API
// answers all of them with the plain 'not recognised' and writes nothing; a genuine invitation, in any
// spelling a scanner produces, always checks its guest in.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { decodeBase32, encodeBase32 } from '../../src/main/invitations/base32';
import {
  encodeSignedInvitation,
  MIN_SIGNED_PAYLOAD_LENGTH,
  verifySignedInvitation,
  type InvitationClaims,
} from '../../src/main/invitations/signed-invitation';
import { generateSigningKeyPair, parsePrivateKeyPem } from '../../src/main/invitations/signing-keys';
import { activePublicKey, addEventKey, retireEventKey } from '../../src/main/store/event-keys';
import { createEvent } from '../../src/main/store/events';
import { tempStation } from '../helpers/temp';

const RUNS = 10_000;
/** Each accepted invitation is a durable write (one fsync); a tenth of the runs keeps CI quick. */
const ACCEPTED_RUNS = 1_000;
const SIGNATURE_BYTES = 64;

function signerOf(pair = generateSigningKeyPair()) {
  const privateKey = parsePrivateKeyPem(pair.privateKeyPem);
  return { ...pair, sign: (claims: InvitationClaims) => encodeSignedInvitation(claims, pair.keyId, privateKey) };
}
type Signer = ReturnType<typeof signerOf>;

/** A kiosk whose active event trusts `organizer`; another event's key and a retired key sit in the same store. */
function kiosk() {
  const organizer = signerOf();
  const otherEvent = signerOf();
  const retired = signerOf();
  const stranger = signerOf();
  const store = tempStation([]);
  addEventKey(store.db, store.eventId, organizer.publicKeyPem);
  addEventKey(store.db, store.eventId, retired.publicKeyPem);
  retireEventKey(store.db, store.eventId, retired.keyId);
  const other = createEvent(store.db, { name: 'Chefsdagen', startsOn: null, venue: null });
  addEventKey(store.db, other.id, otherEvent.publicKeyPem);
  const handlers = createHandlers(store.station);
  const count = (table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    ...store,
    organizer,
    foreign: [otherEvent, retired, stranger],
    checkIn: (code: string) => dispatch(handlers, 'checkInByCode', { code, method: 'camera' }),
    writes: () => count('attendance_events') + count('guests'),
    /** The verifier exactly as the kiosk calls it for its active event. */
    verify: (code: string) => verifySignedInvitation(code, (keyId) => activePublicKey(store.db, store.eventId, keyId)),
  };
}

// Any text a field may carry, up to the 255 UTF-8 bytes a payload holds per field.
const fieldUpTo = (bytes: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('Åsa', 'Öhman-Ärlig', "O'Brien", 'Enhetschef', '=HYPERLINK("x")', ''),
      fc.string({ unit: 'grapheme-ascii', minLength: bytes - 55, maxLength: bytes }),
    )
    .filter((text) => Buffer.byteLength(text.normalize('NFC')) <= bytes);
const claimsArbitrary = (lastNameBytes = 255) =>
  fc.record({
    guestId: fc.uuid({ version: 4 }),
    firstName: fieldUpTo(255),
    lastName: fieldUpTo(lastNameBytes),
    title: fieldUpTo(255),
    department: fieldUpTo(255),
  });

const anyChar = fc.oneof(
  fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz234567018 '),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
);

type Mutation = (payload: string, foreign: Signer[], claims: InvitationClaims, other: string) => string;

const withBytes = (payload: string, change: (bytes: Uint8Array) => Uint8Array): string =>
  encodeBase32(change(Uint8Array.from(decodeBase32(payload)!)));

/** Mutations of a valid payload; `at` picks a position, scaled to the payload's length. */
const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.tuple(fc.nat(), anyChar).map(([at, char]) => ({
    name: `replace character ${at} with ${JSON.stringify(char)}`,
    apply: (p: string) => p.slice(0, at % p.length) + char + p.slice((at % p.length) + 1),
  })),
  fc.tuple(fc.nat(), anyChar).map(([at, char]) => ({
    name: `insert ${JSON.stringify(char)} at ${at}`,
    apply: (p: string) => p.slice(0, at % (p.length + 1)) + char + p.slice(at % (p.length + 1)),
  })),
  fc.nat().map((at) => ({
    name: `delete character ${at}`,
    apply: (p: string) => p.slice(0, at % p.length) + p.slice((at % p.length) + 1),
  })),
  fc.nat().map((keep) => ({ name: `truncate to ${keep}`, apply: (p: string) => p.slice(0, keep % p.length) })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map(([at, flip]) => ({
    name: `xor byte ${at} with ${flip}`,
    apply: (p: string) =>
      withBytes(p, (bytes) => {
        bytes[at % bytes.length]! ^= flip;
        return bytes;
      }),
  })),
  fc.nat(2).map((which) => ({
    name: `signature of foreign key ${which} over the same body`,
    apply: (p: string, foreign: Signer[], claims: InvitationClaims) => {
      const theirs = decodeBase32(foreign[which]!.sign(claims))!;
      return withBytes(p, (bytes) => {
        bytes.set(theirs.subarray(theirs.length - SIGNATURE_BYTES), bytes.length - SIGNATURE_BYTES);
        return bytes;
      });
    },
  })),
  fc.nat(2).map((which) => ({
    name: `signed whole by foreign key ${which} (another event, retired, untrusted)`,
    apply: (_p: string, foreign: Signer[], claims: InvitationClaims) => foreign[which]!.sign(claims),
  })),
  fc.constant({
    name: "body of this invitation, signature of another guest's",
    apply: (p: string, _f: Signer[], _c: InvitationClaims, other: string) => {
      const theirs = decodeBase32(other)!;
      return withBytes(p, (bytes) =>
        Uint8Array.from([...bytes.subarray(0, bytes.length - SIGNATURE_BYTES), ...theirs.subarray(-SIGNATURE_BYTES)]),
      );
    },
  }),
  fc.uint8Array({ minLength: 1, maxLength: 40 }).map((extra) => ({
    name: `${extra.length} bytes appended`,
    apply: (p: string) => withBytes(p, (bytes) => Uint8Array.from([...bytes, ...extra])),
  })),
);

describe('the signed-invitation check-in', () => {
  it('refuses arbitrary text and bytes plainly, writing nothing', { timeout: 300_000 }, () => {
    const k = kiosk();
    const before = k.writes();
    // Noise in general, noise of a signed payload's length and alphabet, and a valid header (version 1
    // and the trusted key's id) followed by random bytes: that last one reaches the signature check.
    const header = Uint8Array.from([1, ...Buffer.from(k.organizer.keyId, 'hex')]);
    const noise = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 2_000 }),
      fc.stringMatching(new RegExp(`^[a-z2-7]{${MIN_SIGNED_PAYLOAD_LENGTH},400}$`)),
      fc.uint8Array({ minLength: 20, maxLength: 600 }).map((bytes) => encodeBase32(bytes)),
      fc
        .uint8Array({ minLength: 84, maxLength: 600 })
        .map((bytes) => encodeBase32(Uint8Array.from([...header, ...bytes]))),
    );
    fc.assert(
      fc.property(noise, (input) => {
        expect(k.verify(input.trim().toLowerCase())).toBeNull();
        expect(k.checkIn(input)).toEqual({ kind: 'unknown' });
      }),
      { numRuns: RUNS },
    );
    expect(k.writes()).toBe(before);
  });

  it('refuses every mutation of a valid invitation, and verifies the original', { timeout: 300_000 }, () => {
    const k = kiosk();
    const before = k.writes();
    const other = k.organizer.sign({
      guestId: randomUUID(),
      firstName: 'Bo',
      lastName: 'Ek',
      title: '',
      department: '',
    });
    fc.assert(
      fc.property(claimsArbitrary(), mutation, (claims, { apply }) => {
        const payload = k.organizer.sign(claims);
        const mutated = apply(payload, k.foreign, claims, other);
        // A scanner's upper case or stray spaces spell the same invitation: that is no mutation.
        fc.pre(mutated.trim().toLowerCase() !== payload);
        expect(k.verify(payload)).toEqual({ ...normalized(claims), keyId: k.organizer.keyId });
        expect(k.verify(mutated.trim().toLowerCase())).toBeNull();
        expect(k.checkIn(mutated)).toEqual({ kind: 'unknown' });
      }),
      { numRuns: RUNS },
    );
    expect(k.writes()).toBe(before);
  });

  it('checks in the guest of every genuine invitation, however the scanner spells it', { timeout: 300_000 }, () => {
    const k = kiosk();
    let admitted = 0;
    fc.assert(
      // Room in the last name for the ' 999' that keeps each guest unique.
      fc.property(claimsArbitrary(250), fc.boolean(), fc.constantFrom('', ' ', '\t', '\r\n'), (claims, upper, pad) => {
        // The kiosk recognises a guest it already has by name: a unique last name keeps this guest new.
        const guest = { ...claims, lastName: `${claims.lastName} ${admitted}` };
        const payload = k.organizer.sign(guest);
        const outcome = k.checkIn(pad + (upper ? payload.toUpperCase() : payload) + pad);
        expect(outcome).toMatchObject({ kind: 'welcome', guest: { id: guest.guestId } });
        admitted++;
      }),
      { numRuns: ACCEPTED_RUNS },
    );
    expect(k.db.prepare("SELECT count(*) AS n FROM guests WHERE source = 'signed-invitation'").get()).toEqual({
      n: admitted,
    });
  });
});

const normalized = (claims: InvitationClaims): InvitationClaims => ({
  guestId: claims.guestId,
  firstName: claims.firstName.normalize('NFC'),
  lastName: claims.lastName.normalize('NFC'),
  title: claims.title.normalize('NFC'),
  department: claims.department.normalize('NFC'),
});
