// The public keys a kiosk trusts for signed invitations, per event, and the revoked invitations.
import type { KeyObject } from 'node:crypto';
import { type Db, prepared } from './database';
import { keyIdOf, parsePublicKeyPem } from '../invitations/signing-keys';

export interface EventKey {
  keyId: string;
  eventId: string;
  publicKeyPem: string;
  createdAt: string;
  retiredAt: string | null;
}

interface EventKeyRow {
  key_id: string;
  event_id: string;
  public_key: string;
  created_at: string;
  retired_at: string | null;
}

const toEventKey = (row: EventKeyRow): EventKey => ({
  keyId: row.key_id,
  eventId: row.event_id,
  publicKeyPem: row.public_key,
  createdAt: row.created_at,
  retiredAt: row.retired_at,
});

export class EventKeyError extends Error {}

/** Trusts a public key for an event; the same key cannot serve two events. */
export function addEventKey(db: Db, eventId: string, publicKeyPem: string): EventKey {
  const keyId = keyIdOf(parsePublicKeyPem(publicKeyPem));
  const existing = getEventKey(db, keyId);
  if (existing && existing.eventId !== eventId)
    throw new EventKeyError(`Key ${keyId} already belongs to another event.`);
  if (existing) return existing;
  const createdAt = new Date().toISOString();
  prepared(db, 'INSERT INTO event_keys (key_id, event_id, public_key, created_at) VALUES (?, ?, ?, ?)').run(
    keyId,
    eventId,
    publicKeyPem,
    createdAt,
  );
  return { keyId, eventId, publicKeyPem, createdAt, retiredAt: null };
}

export function getEventKey(db: Db, keyId: string): EventKey | null {
  const row = prepared(db, 'SELECT * FROM event_keys WHERE key_id = ?').get(keyId) as EventKeyRow | undefined;
  return row ? toEventKey(row) : null;
}

export function listEventKeys(db: Db, eventId: string): EventKey[] {
  return (
    prepared(db, 'SELECT * FROM event_keys WHERE event_id = ? ORDER BY created_at').all(eventId) as EventKeyRow[]
  ).map(toEventKey);
}

/** A retired key no longer admits anyone: invitations it signed are refused from then on. */
export function retireEventKey(db: Db, eventId: string, keyId: string): boolean {
  return (
    prepared(db, 'UPDATE event_keys SET retired_at = ? WHERE key_id = ? AND event_id = ? AND retired_at IS NULL').run(
      new Date().toISOString(),
      keyId,
      eventId,
    ).changes > 0
  );
}

const publicKeyCache = new Map<string, KeyObject>();

/** The key that may verify invitations for this event right now: trusted for it and not retired. */
export function activePublicKey(db: Db, eventId: string, keyId: string): KeyObject | null {
  const key = getEventKey(db, keyId);
  if (!key || key.eventId !== eventId || key.retiredAt) return null;
  let parsed = publicKeyCache.get(key.publicKeyPem);
  if (!parsed) publicKeyCache.set(key.publicKeyPem, (parsed = parsePublicKeyPem(key.publicKeyPem)));
  return parsed;
}

export function revokeInvitation(db: Db, eventId: string, guestId: string): void {
  prepared(
    db,
    'INSERT INTO invitation_revocations (event_id, guest_id, revoked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(eventId, guestId, new Date().toISOString());
}

export function isInvitationRevoked(db: Db, eventId: string, guestId: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM invitation_revocations WHERE event_id = ? AND guest_id = ?').get(eventId, guestId) !==
    undefined
  );
}
