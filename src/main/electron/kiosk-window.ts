// Holds the kiosk window: an attendee cannot close it, quit the app or find a way out by keyboard
// (kiosk-keys.ts decides which keys). Staff leave through the quitKiosk call, whose staff session main
// checks; the operating system may still end the app (shutdown, log-off, SIGTERM from a service
// manager, Ctrl+C in a developer's terminal).
import { app, type BrowserWindow } from 'electron';
import type { KioskShell } from '../shell/handlers';
import { blockedKioskKey } from './kiosk-keys';

export function holdKioskWindow(window: BrowserWindow, devTools: boolean): Pick<KioskShell, 'quit'> {
  let leaving = false;
  const leave = () => {
    leaving = true;
    app.quit();
  };

  app.on('before-quit', (event) => {
    if (!leaving) event.preventDefault();
  });
  window.on('close', (event) => {
    if (!leaving) event.preventDefault();
  });
  window.on('session-end', () => (leaving = true));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, leave);

  window.webContents.on('before-input-event', (event, input) => {
    if (blockedKioskKey(input, { platform: process.platform, devTools })) event.preventDefault();
  });
  // Should a window manager take the window out of kiosk mode anyway, it goes straight back.
  window.on('leave-full-screen', () => !leaving && window.setKiosk(true));
  window.on('minimize', () => !leaving && window.restore());

  // After the call has answered, so staff see it succeed rather than a broken connection.
  return { quit: () => setImmediate(leave) };
}
