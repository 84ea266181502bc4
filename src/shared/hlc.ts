// A hybrid logical clock (after Kulkarni et al.): timestamps that follow wall time, never go backwards
// on one station even when its clock does, and order events from several stations consistently.
// Serialised as "<ISO time>-<counter hex4>-<node>" so that string order is clock order.

export interface Hlc {
  millis: number;
  counter: number;
  node: string;
}

const MAX_COUNTER = 0xffff;

/** The next timestamp for a local event. */
export function tickHlc(previous: Hlc | null, nowMillis: number, node: string): Hlc {
  if (!previous || nowMillis > previous.millis) return { millis: nowMillis, counter: 0, node };
  return bump(previous.millis, previous.counter + 1, node);
}

/** The next local timestamp after learning of a remote one, so later local events sort after it. */
export function receiveHlc(local: Hlc | null, remote: Hlc, nowMillis: number, node: string): Hlc {
  const localMillis = local?.millis ?? 0;
  const millis = Math.max(localMillis, remote.millis, nowMillis);
  if (millis === nowMillis && millis > localMillis && millis > remote.millis) return { millis, counter: 0, node };
  const counter =
    millis === localMillis && millis === remote.millis
      ? Math.max(local?.counter ?? 0, remote.counter) + 1
      : millis === localMillis
        ? (local?.counter ?? 0) + 1
        : millis === remote.millis
          ? remote.counter + 1
          : 0;
  return bump(millis, counter, node);
}

function bump(millis: number, counter: number, node: string): Hlc {
  // Counter overflow borrows a millisecond rather than failing a check-in.
  return counter > MAX_COUNTER ? { millis: millis + 1, counter: 0, node } : { millis, counter, node };
}

export function formatHlc(hlc: Hlc): string {
  return `${new Date(hlc.millis).toISOString()}-${hlc.counter.toString(16).padStart(4, '0')}-${hlc.node}`;
}

const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-z-]{1,64})$/;

export function parseHlc(text: string): Hlc | null {
  const match = HLC_PATTERN.exec(text);
  if (!match) return null;
  const millis = Date.parse(match[1]!);
  if (Number.isNaN(millis)) return null;
  return { millis, counter: parseInt(match[2]!, 16), node: match[3]! };
}
