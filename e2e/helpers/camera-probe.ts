// What the kiosk's camera saw and what the kiosk announced, timed inside the page: a probe on each
// preview's requestVideoFrameCallback looks at the corner marker (camera-scenes.ts) and timestamps
// each frame where a code comes into view and where it leaves; a MutationObserver timestamps each new
// result in the status region with its text. Both use performance.now(), so the kiosk's speed is
// measured without the test's own delays; tests use it to tell in which appearance a code was read.
import type { Page } from '@playwright/test';

/**
 * Plain JavaScript text, because tsx would wrap a function's inner helpers in a `__name` the page
 * lacks. Samples the marker's inner 24×24 pixels, shrunk to 4×4: well under a millisecond a frame.
 */
const PROBE = `(() => {
  const probe = (window.cameraProbe = { onsets: [], offsets: [], announcements: [] });
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 4;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const watched = new WeakSet();
  const watch = (video) => {
    watched.add(video);
    let inView = false;
    const onFrame = (now, metadata) => {
      context.drawImage(video, 4, 4, 24, 24, 0, 0, 4, 4);
      const pixels = context.getImageData(0, 0, 4, 4).data;
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4) sum += pixels[i];
      const marked = sum / 16 > 160;
      const at = Math.min(now, metadata.presentationTime ?? now);
      if (marked && !inView) probe.onsets.push(at);
      if (!marked && inView) probe.offsets.push(at);
      inView = marked;
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  let shown = null;
  let shownText = '';
  new MutationObserver(() => {
    for (const video of document.querySelectorAll('.camera__viewport video')) if (!watched.has(video)) watch(video);
    const result = document.querySelector('.kiosk__status .result');
    const text = result ? result.textContent : '';
    if (result && (result !== shown || text !== shownText)) probe.announcements.push({ at: performance.now(), text });
    shown = result;
    shownText = text;
  }).observe(document, { childList: true, subtree: true, characterData: true });
})()`;

export interface ProbeReport {
  /** When each appearance of a code began and ended (performance.now() in the page). */
  onsets: number[];
  offsets: number[];
  announcements: { at: number; text: string }[];
}

/** Installs the probe in every page the context opens from now on. */
export async function installCameraProbe(page: Page): Promise<void> {
  await page.addInitScript(PROBE);
}

export const probeReport = (page: Page): Promise<ProbeReport> =>
  page.evaluate('window.cameraProbe') as Promise<ProbeReport>;

/** Which appearance of a code (1 = the first) was on screen, or had just been, when `at` happened. */
export const appearanceAt = (report: ProbeReport, at: number): number =>
  report.onsets.filter((onset) => onset <= at).length;

/** The first announcement containing `text`, and in which appearance it came; undefined if none did. */
export function firstAnnouncement(report: ProbeReport, text: string) {
  const announced = report.announcements.find((announcement) => announcement.text.includes(text));
  return announced && { ...announced, appearance: appearanceAt(report, announced.at) };
}

/**
 * For each appearance of a code in the first pass of the video, how long after it came into view
 * the kiosk announced a result, or null if nothing was announced before the next code came.
 */
export function readings(report: ProbeReport, appearances: number): (number | null)[] {
  return report.onsets.slice(0, appearances).map((onset, index) => {
    const next = report.onsets[index + 1] ?? Infinity;
    const announced = report.announcements.find(({ at }) => at >= onset && at < next);
    return announced ? announced.at - onset : null;
  });
}
