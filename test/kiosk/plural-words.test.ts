// Counts read as people write them: "1 gäst" and "2 gäster", "1 try left" and "2 tries left".
import { describe, expect, it } from 'vitest';
import { messages, translate, type MessageKey } from '../../src/renderer/i18n';

const singularKeys = [
  ...new Set([...Object.keys(messages.sv), ...Object.keys(messages.en)].filter((key) => key.endsWith('.one'))),
] as MessageKey[];

describe('counted words', () => {
  it.each(singularKeys)('%s is the singular of a counted message, in both languages', (singular) => {
    const plural = singular.slice(0, -'.one'.length) as MessageKey;
    for (const language of ['sv', 'en'] as const) {
      expect(messages[language][singular], `${singular} in ${language}`).toBeDefined();
      expect(messages[language][plural]).toContain('{count}');
      expect(messages[language][singular]).not.toContain('{count}');
    }
  });

  it('takes the singular for one and the plural for any other count', () => {
    expect(translate('sv', 'staff.guests.count', { count: 1 })).toBe('1 gäst');
    expect(translate('sv', 'staff.guests.count', { count: 0 })).toBe('0 gäster');
    expect(translate('sv', 'staff.guests.count', { count: 2 })).toBe('2 gäster');
    expect(translate('sv', 'staff.import.apply', { count: 1 })).toBe('Importera 1 rad');
    expect(translate('en', 'staff.pin.wrong', { count: 1 })).toBe('Wrong PIN. 1 try left.');
    expect(translate('en', 'staff.pin.wrong', { count: 3 })).toBe('Wrong PIN. 3 tries left.');
    expect(translate('en', 'staff.dashboard.plusWalkIns', { count: 1 })).toBe('+ 1 walk-in');
    expect(translate('en', 'staff.dashboard.plusWalkIns', { count: 2 })).toBe('+ 2 walk-ins');
  });
});
