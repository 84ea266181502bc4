// Invitation codes: what a guest's QR code or printed code carries when the event has no signing key.
// Only lowercase letters and digits, because a keyboard-wedge scanner types those identically on
// Swedish and US keyboard layouts (hyphens, slashes and most punctuation sit on other keys).

export const CODE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** 16 symbols of 36 carry 16·log2(36) ≈ 82.7 random bits: unguessable. */
export const GENERATED_CODE_LENGTH = 16;

const CODE_PATTERN = /^[a-z0-9]{4,64}$/;

// Random bytes are drawn in blocks: one generator call per code made importing 100k guests slow.
const pool = new Uint8Array(4096);
let poolIndex = pool.length;

function randomByte(): number {
  if (poolIndex === pool.length) {
    crypto.getRandomValues(pool);
    poolIndex = 0;
  }
  return pool[poolIndex++]!;
}

/** A new random code, from the platform's cryptographic generator. */
export function generateInvitationCode(): string {
  let code = '';
  while (code.length < GENERATED_CODE_LENGTH) {
    const byte = randomByte();
    // Rejection sampling keeps every symbol equally likely (252 = 7·36).
    if (byte < 252) code += CODE_ALPHABET[byte % 36];
  }
  return code;
}

/** The code as stored, or null when the text cannot be one of our codes. Scanners may send upper case. */
export function normalizeInvitationCode(text: string): string | null {
  const code = text.trim().toLowerCase();
  return CODE_PATTERN.test(code) ? code : null;
}
