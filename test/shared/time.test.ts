import { describe, expect, it } from 'vitest';
import { localIsoWithOffset } from '../../src/shared/time';
import { inTimeZone } from '../helpers/temp';

describe('localIsoWithOffset', () => {
  const instant = new Date('2026-03-12T07:41:05.120Z');

  it('writes the local time with the UTC offset of that moment', () => {
    expect(inTimeZone('Europe/Stockholm', () => localIsoWithOffset(instant))).toBe('2026-03-12T08:41:05.120+01:00');
    expect(inTimeZone('Europe/Stockholm', () => localIsoWithOffset(new Date('2026-06-12T07:41:05.120Z')))).toBe(
      '2026-06-12T09:41:05.120+02:00',
    );
    expect(inTimeZone('UTC', () => localIsoWithOffset(instant))).toBe('2026-03-12T07:41:05.120+00:00');
  });

  it('handles negative and half-hour offsets', () => {
    const winter = new Date('2026-01-12T07:41:05.120Z');
    expect(inTimeZone('America/St_Johns', () => localIsoWithOffset(winter))).toBe('2026-01-12T04:11:05.120-03:30');
    expect(inTimeZone('Asia/Kolkata', () => localIsoWithOffset(instant))).toBe('2026-03-12T13:11:05.120+05:30');
  });

  it('names the same instant it was given', () => {
    const text = inTimeZone('America/St_Johns', () => localIsoWithOffset(instant));
    expect(new Date(text).getTime()).toBe(instant.getTime());
  });
});
