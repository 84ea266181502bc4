// Which keys the kiosk window swallows before the page or Chromium sees them: every shortcut an
// attendee could use to close, quit, reload, leave fullscreen, print, hide the window, reach a menu or
// open DevTools. Plain data (no `electron` import) so the table test runs under plain Node.

/** The fields of Electron's before-input-event `Input` that the decision reads. */
export interface KeyInput {
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

export interface KioskKeyContext {
  platform: NodeJS.Platform;
  /** A developer who asked for DevTools (security-policy.ts) keeps their shortcuts; everything else stays locked. */
  devTools: boolean;
}

export type BlockedKey = 'close' | 'reload' | 'fullscreen' | 'print' | 'hide' | 'menu' | 'devtools';

/** Layout-independent: the typed letter or the physical key (Alt changes the typed character on macOS). */
const isLetter = (input: KeyInput, letter: string): boolean =>
  input.key.toLowerCase() === letter || input.code === `Key${letter.toUpperCase()}`;

/** Why the key is swallowed, or null when it reaches the page (typing, Escape for dialogs, Tab, zoom). */
export function blockedKioskKey(input: KeyInput, { platform, devTools }: KioskKeyContext): BlockedKey | null {
  const command = input.control || input.meta;
  // Ctrl+Alt is AltGr on Windows: a Swedish keyboard or wedge scanner types @ { [ ] } \ € with it.
  const plainCommand = command && !input.alt;
  const mac = platform === 'darwin';

  if (input.key === 'F4' && (input.alt || command)) return 'close';
  if (plainCommand && (isLetter(input, 'w') || isLetter(input, 'q'))) return 'close';
  if (input.key === 'F5' || (plainCommand && isLetter(input, 'r'))) return 'reload';
  if (input.key === 'F11' || (mac && input.control && input.meta && isLetter(input, 'f'))) return 'fullscreen';
  if (plainCommand && isLetter(input, 'p')) return 'print';
  if (mac && input.meta && (isLetter(input, 'h') || isLetter(input, 'm'))) return 'hide';
  // Alt alone or F10 reaches the menu bar; Alt+Space the window's system menu, which offers Close.
  // The Alt key itself is matched without its flag: Chromium clears it on the release that opens the menu.
  const bareAlt = input.key === 'Alt' && !command;
  const altSpace = input.alt && !command && input.code === 'Space';
  if (!mac && (input.key === 'F10' || bareAlt || altSpace)) return 'menu';
  const devToolsKey =
    input.key === 'F12' ||
    (command && input.shift && ['i', 'j', 'c'].some((letter) => isLetter(input, letter))) ||
    (mac && input.meta && input.alt && ['i', 'j', 'c'].some((letter) => isLetter(input, letter)));
  if (devToolsKey && !devTools) return 'devtools';
  return null;
}
