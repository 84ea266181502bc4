// Ed25519 key pairs for signed invitations, with Node's own crypto. The organizer keeps the private
// key in a PEM file; a kiosk stores only public keys, each known by a short id carried in the payload.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** Bytes of the key id in a payload: enough to tell an event's keys apart, cheap in the QR code. */
export const KEY_ID_BYTES = 8;

export interface SigningKeyPair {
  keyId: string;
  publicKeyPem: string;
  privateKeyPem: string;
}

export function generateSigningKeyPair(): SigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Hex of the first bytes of SHA-256 over the raw 32-byte public key. */
export function keyIdOf(publicKey: KeyObject): string {
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return createHash('sha256').update(raw).digest().subarray(0, KEY_ID_BYTES).toString('hex');
}

export class KeyFileError extends Error {}

function asEd25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyFileError(`${what} is not an Ed25519 key.`);
  return key;
}

export function parsePublicKeyPem(pem: string): KeyObject {
  try {
    return asEd25519(createPublicKey(pem), 'The public key');
  } catch (error) {
    if (error instanceof KeyFileError) throw error;
    throw new KeyFileError('The file is not a PEM public key made by "entre keys create".');
  }
}

export function parsePrivateKeyPem(pem: string): KeyObject {
  try {
    return asEd25519(createPrivateKey(pem), 'The private key');
  } catch (error) {
    if (error instanceof KeyFileError) throw error;
    throw new KeyFileError('The file is not a PEM private key made by "entre keys create".');
  }
}
