// Whatever a scanner or camera delivers — garbage, binary, over-long, near-miss codes — the check-in path
// answers with a clear outcome, never throws, and writes nothing unless a real guest was recognised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SCAN_INPUT } from '../../src/shared/api-calls';
import { normalizeInvitationCode } from '../../src/shared/invitation-code';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { tempStation } from '../helpers/temp';

const RUNS = 10_000;

const scanInput = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.stringMatching(/^[a-z0-9]{1,70}$/),
  fc.string({ minLength: MAX_SCAN_INPUT - 2, maxLength: MAX_SCAN_INPUT }),
);

describe('scanner input', () => {
  it('normalises to a well-formed code or to nothing', () => {
    fc.assert(
      fc.property(scanInput, (input) => {
        const code = normalizeInvitationCode(input);
        expect(code === null || /^[a-z0-9]{4,64}$/.test(code)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('is never a check-in unless it is a guest’s code, and never an error', { timeout: 300_000 }, () => {
    const { station, db } = tempStation([{ code: 'abcd1234efgh5678', firstName: 'Åsa', lastName: 'Öhman' }]);
    const handlers = createHandlers(station);
    const events = () => (db.prepare('SELECT count(*) AS n FROM attendance_events').get() as { n: number }).n;
    fc.assert(
      fc.property(scanInput, (input) => {
        fc.pre(normalizeInvitationCode(input) !== 'abcd1234efgh5678');
        const before = events();
        const outcome = dispatch(handlers, 'checkInByCode', { code: input, method: 'wedge' });
        expect(outcome).toEqual({ kind: 'unknown' });
        expect(events()).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});
