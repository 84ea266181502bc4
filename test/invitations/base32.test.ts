import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../src/main/invitations/base32';

describe('base32', () => {
  it('matches the RFC 4648 test vectors in lower case without padding', () => {
    const vectors = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'];
    const expected = ['', 'my', 'mzxq', 'mzxw6', 'mzxw6yq', 'mzxw6ytb', 'mzxw6ytboi'];
    expect(vectors.map((text) => encodeBase32(Buffer.from(text)))).toEqual(expected);
  });

  it('round-trips any bytes using only wedge-safe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase32(bytes);
        expect(text).toMatch(/^[a-z2-7]*$/);
        expect(decodeBase32(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the alphabet, impossible lengths and non-zero padding bits', () => {
    expect(decodeBase32('mzxw6ytb0i')).toBeNull();
    expect(decodeBase32('MZXW6YTBOI')).toBeNull();
    expect(decodeBase32('mzx')).toBeNull();
    // "my" is "f"; "mz" differs only in padding bits, so it is not a canonical spelling of anything.
    expect(decodeBase32('mz')).toBeNull();
  });
});
