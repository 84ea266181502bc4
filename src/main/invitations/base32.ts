// RFC 4648 base32 in lower case without padding: its alphabet (a-z, 2-7) is a subset of the
// wedge-safe code alphabet, so a signed invitation types the same on Swedish and US keyboards.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The bytes of a canonical encoding, or null. Canonical means: only alphabet characters, a length no
 * encoder produces, and zero padding bits, so each byte string has exactly one spelling.
 */
export function decodeBase32(text: string): Uint8Array | null {
  const remainder = text.length % 8;
  if (remainder === 1 || remainder === 3 || remainder === 6) return null;
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = VALUES.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  return (buffer & ((1 << bits) - 1)) === 0 ? out : null;
}
