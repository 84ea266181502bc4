import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, type Hlc, parseHlc, receiveHlc, tickHlc } from '../../src/shared/hlc';

const NODE = 'station-a';
const compare = (a: Hlc, b: Hlc) =>
  a.millis - b.millis || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);

describe('tickHlc', () => {
  it('follows the wall clock while it moves forward', () => {
    expect(tickHlc(null, 1_000, NODE)).toEqual({ millis: 1_000, counter: 0, node: NODE });
    expect(tickHlc({ millis: 1_000, counter: 3, node: NODE }, 2_000, NODE)).toEqual({
      millis: 2_000,
      counter: 0,
      node: NODE,
    });
  });

  it('never goes backwards when the clock does', () => {
    const wallClock = [1_000, 2_000, 1_500, 1_500, 500, 2_000, 2_001, 10, 3_000];
    let previous: Hlc | null = null;
    for (const now of wallClock) {
      const next: Hlc = tickHlc(previous, now, NODE);
      if (previous) {
        expect(compare(next, previous)).toBeGreaterThan(0);
        expect(formatHlc(next) > formatHlc(previous)).toBe(true);
      }
      previous = next;
    }
    expect(tickHlc({ millis: 2_000, counter: 0, node: NODE }, 1_500, NODE)).toEqual({
      millis: 2_000,
      counter: 1,
      node: NODE,
    });
  });

  it('borrows a millisecond instead of overflowing the counter', () => {
    const next = tickHlc({ millis: 5_000, counter: 0xffff, node: NODE }, 4_000, NODE);
    expect(next).toEqual({ millis: 5_001, counter: 0, node: NODE });
    expect(formatHlc(next) > formatHlc({ millis: 5_000, counter: 0xffff, node: NODE })).toBe(true);
  });
});

describe('receiveHlc', () => {
  it('orders later local events after a remote event from a station whose clock runs ahead', () => {
    const local = tickHlc(null, 1_000, 'a');
    const remote: Hlc = { millis: 9_000, counter: 4, node: 'b' };
    const received = receiveHlc(local, remote, 1_001, 'a');
    expect(compare(received, remote)).toBeGreaterThan(0);
    expect(received.millis).toBe(9_000);
    const after = tickHlc(received, 1_002, 'a');
    expect(compare(after, remote)).toBeGreaterThan(0);
    expect(formatHlc(after) > formatHlc(remote)).toBe(true);
  });

  it('stays after both clocks whichever is ahead', () => {
    fc.assert(
      fc.property(
        fc.record({ millis: fc.integer({ min: 0, max: 1e12 }), counter: fc.integer({ min: 0, max: 0xffff }) }),
        fc.record({ millis: fc.integer({ min: 0, max: 1e12 }), counter: fc.integer({ min: 0, max: 0xffff }) }),
        fc.integer({ min: 0, max: 1e12 }),
        (localParts, remoteParts, now) => {
          const local = { ...localParts, node: 'a' };
          const remote = { ...remoteParts, node: 'b' };
          const received = receiveHlc(local, remote, now, 'a');
          expect(compare(received, local)).toBeGreaterThan(0);
          expect(compare(received, remote)).toBeGreaterThan(0);
          expect(received.millis).toBeGreaterThanOrEqual(now);
        },
      ),
    );
  });

  it('takes the wall clock when it is ahead of both', () => {
    expect(
      receiveHlc({ millis: 1_000, counter: 2, node: 'a' }, { millis: 2_000, counter: 7, node: 'b' }, 3_000, 'a'),
    ).toEqual({ millis: 3_000, counter: 0, node: 'a' });
  });
});

describe('formatHlc and parseHlc', () => {
  const hlc = fc.record({
    millis: fc.integer({ min: 0, max: Date.parse('9999-12-31T23:59:59.999Z') }),
    counter: fc.integer({ min: 0, max: 0xffff }),
    node: fc.stringMatching(/^[0-9a-z-]{1,64}$/),
  });

  it('round-trip', () => {
    fc.assert(
      fc.property(hlc, (value) => {
        expect(parseHlc(formatHlc(value))).toEqual(value);
      }),
    );
    const uuidNode = { millis: Date.parse('2026-03-12T07:41:05.120Z'), counter: 17, node: crypto.randomUUID() };
    expect(formatHlc(uuidNode)).toBe(`2026-03-12T07:41:05.120Z-0011-${uuidNode.node}`);
    expect(parseHlc(formatHlc(uuidNode))).toEqual(uuidNode);
  });

  it('sort as text in clock order', () => {
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        const text = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        expect(text).toBe(Math.sign(compare(a, b)));
      }),
    );
  });

  it('refuses text that is not a timestamp', () => {
    for (const text of [
      '',
      'nonsense',
      '2026-03-12T07:41:05.120Z-00AB-node',
      '2026-03-12T07:41:05.120Z-0001-',
      '2026-13-45T99:99:99.999Z-0001-a',
    ])
      expect(parseHlc(text)).toBeNull();
  });
});
