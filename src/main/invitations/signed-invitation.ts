// Signed invitations: the guest's id, name, title and department with an Ed25519 signature, written
// in lower-case base32 so a wedge scanner types it like any other code. Layout (docs/invitations.md):
//   version(1) | keyId(8) | guestId(16) | 4 × (length(1) | UTF-8) | signature(64)
// The signature covers a domain tag and every byte before it. Nothing but the version and the key id
// is read from a payload before its signature has been verified.
import { sign, verify, type KeyObject } from 'node:crypto';
import { decodeBase32, encodeBase32 } from './base32';
import { KEY_ID_BYTES } from './signing-keys';

export const SIGNED_PAYLOAD_VERSION = 1;
const DOMAIN_TAG = Buffer.from('entre-invitation\0', 'utf8');
const SIGNATURE_BYTES = 64;
const GUEST_ID_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + GUEST_ID_BYTES;
const MAX_FIELD_BYTES = 255;
/** Unsigned codes are at most 64 characters; a signed payload is always longer than that. */
export const MIN_SIGNED_PAYLOAD_LENGTH = Math.ceil(((HEADER_BYTES + 4 + SIGNATURE_BYTES) * 8) / 5);

export interface InvitationClaims {
  guestId: string;
  firstName: string;
  lastName: string;
  title: string;
  department: string;
}

export interface VerifiedInvitation extends InvitationClaims {
  keyId: string;
}

const FIELD_NAMES = ['firstName', 'lastName', 'title', 'department'] as const;

export class InvitationFieldError extends Error {}

/** Signs the claims with the event's private key; throws when a field is too long to carry. */
export function encodeSignedInvitation(claims: InvitationClaims, keyId: string, privateKey: KeyObject): string {
  const fields = FIELD_NAMES.map((name) => {
    const bytes = Buffer.from(claims[name].normalize('NFC'), 'utf8');
    if (bytes.length > MAX_FIELD_BYTES)
      throw new InvitationFieldError(`The ${name} of guest ${claims.guestId} is too long for an invitation.`);
    return Buffer.concat([Buffer.from([bytes.length]), bytes]);
  });
  const body = Buffer.concat([
    Buffer.from([SIGNED_PAYLOAD_VERSION]),
    Buffer.from(keyId, 'hex'),
    uuidBytes(claims.guestId),
    ...fields,
  ]);
  const signature = sign(null, Buffer.concat([DOMAIN_TAG, body]), privateKey);
  return encodeBase32(Buffer.concat([body, signature]));
}

/** Whether the text has the shape of a signed payload (it still has to be verified). */
export const looksSigned = (code: string): boolean => code.length >= MIN_SIGNED_PAYLOAD_LENGTH;

/**
 * The claims of a payload whose signature verifies with the key its key id names, else null.
 * `publicKeyFor` answers the kiosk's trusted key for an id (null when none is trusted).
 */
export function verifySignedInvitation(
  code: string,
  publicKeyFor: (keyId: string) => KeyObject | null,
): VerifiedInvitation | null {
  const bytes = decodeBase32(code);
  if (!bytes || bytes.length < HEADER_BYTES + FIELD_NAMES.length + SIGNATURE_BYTES) return null;
  if (bytes[0] !== SIGNED_PAYLOAD_VERSION) return null;
  const keyId = Buffer.from(bytes.subarray(1, 1 + KEY_ID_BYTES)).toString('hex');
  const publicKey = publicKeyFor(keyId);
  if (!publicKey) return null;
  const body = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  const signature = bytes.subarray(bytes.length - SIGNATURE_BYTES);
  if (!verify(null, Buffer.concat([DOMAIN_TAG, body]), publicKey, signature)) return null;
  const fields = readFields(body.subarray(HEADER_BYTES));
  if (!fields) return null;
  return { keyId, guestId: uuidText(body.subarray(1 + KEY_ID_BYTES, HEADER_BYTES)), ...fields };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readFields(bytes: Uint8Array): Omit<InvitationClaims, 'guestId'> | null {
  const values: string[] = [];
  let at = 0;
  for (let i = 0; i < FIELD_NAMES.length; i++) {
    const length = bytes[at];
    if (length === undefined || at + 1 + length > bytes.length) return null;
    try {
      values.push(utf8.decode(bytes.subarray(at + 1, at + 1 + length)));
    } catch {
      return null;
    }
    at += 1 + length;
  }
  if (at !== bytes.length) return null;
  const [firstName, lastName, title, department] = values as [string, string, string, string];
  return { firstName, lastName, title, department };
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidBytes(id: string): Buffer {
  if (!UUID_PATTERN.test(id)) throw new InvitationFieldError(`Guest id ${id} is not a UUID.`);
  return Buffer.from(id.replaceAll('-', ''), 'hex');
}

function uuidText(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
