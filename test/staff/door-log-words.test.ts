// The door log in the staff screen's language: the facts main records and the English sentences
// older versions wrote both read in Swedish in Swedish mode and in English in English mode.
import { describe, expect, it } from 'vitest';
import { doorLogDetail, doorLogFacts, type StaffDoorLogEntry } from '../../src/shared/staff';
import { doorLogLine } from '../../src/renderer/staff/door-log-words';
import { translate, type Language } from '../../src/renderer/i18n';

const at = '2026-03-12T08:00:00.000Z';
const until = '2026-03-12T08:05:00.000Z';
const line = (language: Language, kind: StaffDoorLogEntry['kind'], detail: string) =>
  doorLogLine(
    { at, kind, detail },
    { t: (key, params) => translate(language, key, params), dateTime: (iso) => `<${iso}>` },
  );

describe('door log lines', () => {
  it('word lockouts, wrong tries and the first PIN in Swedish and in English', () => {
    const entries: [StaffDoorLogEntry['kind'], string][] = [
      ['pin-set', doorLogDetail.pinSet('setup-code')],
      ['pin-set', doorLogDetail.pinSet('command-line')],
      ['failed-unlock', doorLogDetail.failedUnlock('pin', 2, 5)],
      ['failed-unlock', doorLogDetail.failedUnlock('setup-code', 1, 5)],
      ['lockout', doorLogDetail.lockout(5, until)],
    ];
    expect(entries.map(([kind, detail]) => line('sv', kind, detail))).toEqual([
      'PIN-kod vald med arrangörens startkod',
      'PIN-kod vald från kommandoraden (entre staff-pin)',
      'Fel PIN-kod (2 av 5)',
      'Fel startkod (1 av 5)',
      `Spärrat efter för många fel · 5 fel försök, låst till <${until}>`,
    ]);
    expect(entries.map(([kind, detail]) => line('en', kind, detail))).toEqual([
      "PIN set with the organizer's setup code",
      'PIN set from the command line (entre staff-pin)',
      'Wrong PIN (2 of 5)',
      'Wrong setup code (1 of 5)',
      `Locked out after too many wrong PINs · 5 wrong tries, locked until <${until}>`,
    ]);
  });

  it('read the English sentences of older stores in the screen language too', () => {
    expect(doorLogFacts({ at, kind: 'failed-unlock', detail: 'wrong PIN 3 of 5' })).toEqual({
      kind: 'failed-unlock',
      what: 'pin',
      failures: 3,
      max: 5,
    });
    expect(line('sv', 'failed-unlock', 'wrong PIN 3 of 5')).toBe('Fel PIN-kod (3 av 5)');
    expect(line('sv', 'lockout', `5 wrong PINs; locked until ${until}`)).toBe(
      `Spärrat efter för många fel · 5 fel försök, låst till <${until}>`,
    );
    expect(line('sv', 'pin-set', '')).toBe('PIN-kod vald');
    // Other details are data, not words: a removed guest's name stays as it is.
    expect(line('en', 'guest-removed', 'Märta Sjögren')).toBe('Guest removed from the list · Märta Sjögren');
  });
});
