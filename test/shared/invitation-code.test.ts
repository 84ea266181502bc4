import { describe, expect, it } from 'vitest';
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

  it('use every symbol about equally often, at every position (no modulo bias)', () => {
    const codes = Array.from({ length: 6000 }, generateInvitationCode);
    const chiSquare = (counts: Map<string, number>, total: number) => {
      const expected = total / 36;
      return [...CODE_ALPHABET].reduce(
        (sum, symbol) => sum + ((counts.get(symbol) ?? 0) - expected) ** 2 / expected,
        0,
      );
    };
    const overall = new Map<string, number>();
    for (const code of codes) for (const symbol of code) overall.set(symbol, (overall.get(symbol) ?? 0) + 1);
    // 35 degrees of freedom: 80 is far beyond p = 0.0001 (≈ 71), while a byte % 36 bias scores several hundred.
    expect(chiSquare(overall, codes.length * 16)).toBeLessThan(80);

    const first = new Map<string, number>();
    for (const code of codes) first.set(code[0]!, (first.get(code[0]!) ?? 0) + 1);
    expect(chiSquare(first, codes.length)).toBeLessThan(80);
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
