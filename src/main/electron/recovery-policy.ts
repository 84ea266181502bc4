// When the kiosk's page has crashed or hung, how soon it is loaded again: at once the first time, then
// after 1, 2, 4, 8, 16 and at most 30 seconds while it keeps failing, so a page that dies on load does
// not spin the machine; ten quiet minutes and the next failure is a first one again.
// Plain data (no `electron` import) so the table test runs under plain Node.

/** How long a page may not answer before it counts as hung and its renderer is ended. */
export const HANG_GRACE_MS = 10_000;

const QUIET_MS = 10 * 60_000;
const LONGEST_WAIT_MS = 30_000;

/** `earlier`: when the page failed before (ms since the epoch); `now`: this failure. */
export function reloadDelayMs(earlier: readonly number[], now: number): number {
  const recent = earlier.filter((at) => now - at < QUIET_MS).length;
  return recent === 0 ? 0 : Math.min(LONGEST_WAIT_MS, 1000 * 2 ** (recent - 1));
}
