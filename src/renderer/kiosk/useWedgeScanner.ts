// A keyboard-wedge scanner types its code as very fast key presses ending with Enter, wherever the
// focus is. People type far slower, so a burst of quick keys closed by Enter is a scan.
import { useEffect, useRef } from 'react';
import { MAX_SCAN_INPUT } from '../../shared/api-calls';

/** Scanners send a key every few milliseconds; even fast typists leave more than this between keys. */
export const MAX_KEY_GAP_MS = 35;
const MIN_CODE_LENGTH = 4;

export function useWedgeScanner(onScan: (input: string) => void, enabled = true): void {
  const onScanRef = useRef(onScan);
  onScanRef.current = onScan;

  useEffect(() => {
    if (!enabled) return;
    let buffer = '';
    let lastKeyAt = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      // When the key was pressed, not when a busy page got round to it: a re-render between two keys
      // of a scan must not split the scan.
      const now = event.timeStamp;
      const quick = now - lastKeyAt <= MAX_KEY_GAP_MS;
      lastKeyAt = now;
      if (event.key === 'Enter') {
        if (quick && buffer.length >= MIN_CODE_LENGTH) {
          event.preventDefault();
          event.stopPropagation();
          onScanRef.current(buffer);
        }
        buffer = '';
        return;
      }
      if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey) return;
      // A slow key starts a new candidate. An over-long burst is cut at the longest input the API takes
      // (far beyond any code), so it is answered "not recognised" rather than refused as an error.
      if (!quick) buffer = '';
      if (buffer.length < MAX_SCAN_INPUT) buffer += event.key;
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);
}
