// A keyboard-wedge scanner types its code as a burst of real key presses, a few milliseconds apart,
// ending with Enter, into whatever has the focus.
import type { Page } from '@playwright/test';

const KEY_INTERVAL_S = 0.003;
const BATCH = 32;

/** The physical key of a letter or digit, as a US or Swedish keyboard reports it; others have none. */
function physicalKey(char: string): { code?: string; windowsVirtualKeyCode?: number } {
  if (/^[a-z]$/i.test(char))
    return { code: `Key${char.toUpperCase()}`, windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0) };
  if (/^\d$/.test(char)) return { code: `Digit${char}`, windowsVirtualKeyCode: char.charCodeAt(0) };
  return {};
}

/**
 * Types like a keyboard-wedge scanner, wherever the focus is. The key events are sent to the browser
 * all at once, stamped 3 ms apart, instead of one by one as page.keyboard does: waiting for each key
 * to be handled would space them out by the page's render time, which a scanner does not do.
 */
export async function wedgeScan(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const keys = [...code, '\r'];
    // Stamped back in time from now: the browser holds on to key events stamped in the future.
    const start = Date.now() / 1000 - keys.length * KEY_INTERVAL_S;
    // Sent in small batches: a few keys in flight at once are plenty, thousands stall the browser.
    for (let from = 0; from < keys.length; from += BATCH) {
      await Promise.all(
        keys.slice(from, from + BATCH).flatMap((char, offset) => {
          const timestamp = start + (from + offset) * KEY_INTERVAL_S;
          const key =
            char === '\r'
              ? { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', unmodifiedText: '\r' }
              : { key: char, text: char, unmodifiedText: char, ...physicalKey(char) };
          return [
            cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', timestamp, ...key }),
            cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', timestamp, key: key.key, code: key.code }),
          ];
        }),
      );
    }
  } finally {
    await cdp.detach();
  }
}

/**
 * A flood of thousands of characters ending with Enter, as a scanner reading a huge or broken code
 * would send. Dispatched inside the page, since real key events arrive only about one per frame
 * through the browser's input pipeline; the kiosk listens for keys on the window either way.
 */
export async function wedgeFlood(page: Page, text: string): Promise<void> {
  await page.evaluate((keys) => {
    for (const key of [...keys, 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  }, text);
}
