import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../src/main/invitations/base32';
import {
  encodeSignedInvitation,
  looksSigned,
  verifySignedInvitation,
  type InvitationClaims,
} from '../../src/main/invitations/signed-invitation';
import { generateSigningKeyPair, parsePrivateKeyPem, parsePublicKeyPem } from '../../src/main/invitations/signing-keys';
import { normalizeInvitationCode } from '../../src/shared/invitation-code';

const organizer = generateSigningKeyPair();
const privateKey = parsePrivateKeyPem(organizer.privateKeyPem);
const trusted = (keyId: string) => (keyId === organizer.keyId ? parsePublicKeyPem(organizer.publicKeyPem) : null);

const claims: InvitationClaims = {
  guestId: randomUUID(),
  firstName: 'Åsa',
  lastName: 'Öhman-Ärlig',
  title: 'Enhetschef försörjningsstöd',
  department: 'Socialförvaltningen',
};

describe('signed invitations', () => {
  const payload = encodeSignedInvitation(claims, organizer.keyId, privateKey);

  it('carry the guest in wedge-safe characters and verify with the event key', () => {
    expect(payload).toMatch(/^[a-z2-7]+$/);
    expect(looksSigned(payload)).toBe(true);
    expect(normalizeInvitationCode(payload)).toBeNull();
    expect(verifySignedInvitation(payload, trusted)).toEqual({ ...claims, keyId: organizer.keyId });
  });

  it('are refused after any single byte of the payload was changed', () => {
    const bytes = decodeBase32(payload)!;
    for (let index = 0; index < bytes.length; index++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const tampered = Uint8Array.from(bytes);
        tampered[index]! ^= flip;
        expect(verifySignedInvitation(encodeBase32(tampered), trusted), `byte ${index} ^ ${flip}`).toBeNull();
      }
    }
  });

  it('are refused after any single character of the printed code was changed', () => {
    for (let index = 0; index < payload.length; index++) {
      const other = payload[index] === 'a' ? 'b' : 'a';
      const tampered = payload.slice(0, index) + other + payload.slice(index + 1);
      expect(verifySignedInvitation(tampered, trusted), `character ${index}`).toBeNull();
    }
  });

  it('are refused when truncated or extended', () => {
    for (let length = 0; length < payload.length; length++)
      expect(verifySignedInvitation(payload.slice(0, length), trusted), `length ${length}`).toBeNull();
    expect(verifySignedInvitation(payload + 'a', trusted)).toBeNull();
    expect(verifySignedInvitation(payload + 'aaaaaaaa', trusted)).toBeNull();
  });

  it('are refused when signed by a key the kiosk does not trust, even under a trusted key id', () => {
    const forger = generateSigningKeyPair();
    const forged = encodeSignedInvitation(claims, organizer.keyId, parsePrivateKeyPem(forger.privateKeyPem));
    expect(verifySignedInvitation(forged, trusted)).toBeNull();
    const ownKeyId = encodeSignedInvitation(claims, forger.keyId, parsePrivateKeyPem(forger.privateKeyPem));
    expect(verifySignedInvitation(ownKeyId, trusted)).toBeNull();
  });

  it('cannot be made for fields longer than a payload carries', () => {
    expect(() => encodeSignedInvitation({ ...claims, title: 'x'.repeat(256) }, organizer.keyId, privateKey)).toThrow(
      /too long/,
    );
  });
});
