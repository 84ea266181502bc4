import { describe, expect, it, vi } from 'vitest';
import {
  CODE_ALPHABET,
  GENERATED_CODE_LENGTH,
  generateInvitationCode,
  normalizeInvitationCode,
} from '../../src/shared/invitation-code';

describe('generated invitation codes', () => {
  it('are 16 lowercase letters and digits, the keys a wedge scanner types alike on Swedish and US layouts', () => {
    const codes = Array.from({ length: 2000 }, generateInvitationCode);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{16}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('carry at least 80 random bits', () => {
    expect(new Set(CODE_ALPHABET).size).toBe(36);
    expect(CODE_ALPHABET).toMatch(/^[a-z0-9]+$/);
    expect(GENERATED_CODE_LENGTH).toBe(16);
    expect(GENERATED_CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(80);
  });

  it('use every symbol equally often, whatever bytes the generator gives (no modulo bias)', async () => {
    // Every byte value equally often from the generator (16 × 0…255 fill its 4096-byte block): a
    // code maker without bias turns them into every symbol exactly equally often. A fixed input,
    // not a statistical test on real randomness, which a correct generator fails now and then.
    vi.resetModules();
    const fresh = await import('../../src/shared/invitation-code');
    const everyByte = vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      const bytes = array as Uint8Array;
      bytes.forEach((_, index) => (bytes[index] = index % 256));
      return array;
    });
    try {
      // 16 × 252 accepted bytes make 252 codes of 16 symbols; a byte % 36 maker would favour a, b, c, d.
      const symbols = Array.from({ length: 252 }, fresh.generateInvitationCode).join('');
      const counts = new Map<string, number>();
      for (const symbol of symbols) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
      expect(new Set(counts.values())).toEqual(new Set([(16 * 252) / 36]));
      expect(counts.size).toBe(36);
    } finally {
      everyByte.mockRestore();
    }
  });
});

describe('normalizeInvitationCode', () => {
  it('accepts what a scanner sends in upper case or with surrounding spaces', () => {
    expect(normalizeInvitationCode('  K7QM2X9PLA4TZ8RB\n')).toBe('k7qm2x9pla4tz8rb');
    expect(normalizeInvitationCode('abcd')).toBe('abcd');
    expect(normalizeInvitationCode('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it('refuses anything that cannot be one of our codes', () => {
    for (const input of ['', 'abc', 'a'.repeat(65), 'abcd-1234', 'åäöåäö', 'abcd 1234', 'abcd\u0000efg', '<script>']) {
      expect(normalizeInvitationCode(input)).toBeNull();
    }
  });
});
