// What a guest's QR code carries: the signed invitation when the organizer signs, else the plain code.
import type { KeyObject } from 'node:crypto';
import type { Guest } from '../store/guests';
import { encodeSignedInvitation } from './signed-invitation';

export interface InvitationSigner {
  keyId: string;
  privateKey: KeyObject;
}

export function invitationPayload(guest: Guest, signer: InvitationSigner | null): string {
  if (!signer) return guest.code;
  const { id: guestId, firstName, lastName, title, department } = guest;
  return encodeSignedInvitation({ guestId, firstName, lastName, title, department }, signer.keyId, signer.privateKey);
}
