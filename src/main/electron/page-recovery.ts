// Brings the kiosk page back when its renderer crashes or hangs: otherwise attendees face a blank,
// locked screen until someone restarts the computer. Each recovery is reported (the door log in
// main.ts) so staff can see afterwards that the kiosk restarted, and why.
import type { BrowserWindow } from 'electron';
import { HANG_GRACE_MS, reloadDelayMs } from './recovery-policy';

export function keepPageAlive(window: BrowserWindow, pageUrl: string, report: (detail: string) => void): void {
  const contents = window.webContents;
  const failures: number[] = [];
  let reload: NodeJS.Timeout | undefined;
  let hang: NodeJS.Timeout | undefined;

  contents.on('render-process-gone', (_event, details) => {
    clearTimeout(hang);
    if (window.isDestroyed()) return;
    const now = Date.now();
    const delay = reloadDelayMs(failures, now);
    failures.push(now);
    report(`${details.reason} (exit code ${details.exitCode}); page loaded again after ${delay / 1000} s`);
    clearTimeout(reload);
    reload = setTimeout(() => {
      if (!window.isDestroyed()) void window.loadURL(pageUrl);
    }, delay);
  });
  // A hung page that recovers by itself is left alone; one that stays hung is ended, and reloaded above.
  contents.on('unresponsive', () => {
    clearTimeout(hang);
    hang = setTimeout(() => {
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
    }, HANG_GRACE_MS);
  });
  contents.on('responsive', () => clearTimeout(hang));
}
