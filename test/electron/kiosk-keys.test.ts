// Every way out of the kiosk window by keyboard, and the keys that must still reach the page.
import { describe, expect, it } from 'vitest';
import { blockedKioskKey, type BlockedKey, type KeyInput } from '../../src/main/electron/kiosk-keys';

type Mods = Partial<Pick<KeyInput, 'control' | 'meta' | 'alt' | 'shift'>>;

function key(spec: string, mods: Mods = {}): KeyInput {
  const code = /^[a-z]$/i.test(spec) ? `Key${spec.toUpperCase()}` : spec;
  return { key: spec, code, control: false, meta: false, alt: false, shift: false, ...mods };
}

const ctrl = { control: true };
const cmd = { meta: true };

const linux = { platform: 'linux', devTools: false } as const;
const windows = { platform: 'win32', devTools: false } as const;
const mac = { platform: 'darwin', devTools: false } as const;

const BLOCKED: [string, KeyInput, typeof linux | typeof windows | typeof mac, BlockedKey][] = [
  ['Alt+F4 closes the window', key('F4', { alt: true }), windows, 'close'],
  ['Ctrl+F4 closes the window', key('F4', ctrl), windows, 'close'],
  ['Ctrl+W closes the window', key('w', ctrl), linux, 'close'],
  ['Ctrl+Shift+W closes the window', key('W', { ...ctrl, shift: true }), linux, 'close'],
  ['Ctrl+Q quits', key('q', ctrl), linux, 'close'],
  ['Cmd+W closes the window', key('w', cmd), mac, 'close'],
  ['Cmd+Q quits', key('q', cmd), mac, 'close'],
  ['F5 reloads', key('F5'), windows, 'reload'],
  ['Ctrl+F5 reloads', key('F5', ctrl), windows, 'reload'],
  ['Ctrl+R reloads', key('r', ctrl), linux, 'reload'],
  ['Ctrl+Shift+R reloads', key('R', { ...ctrl, shift: true }), linux, 'reload'],
  ['Cmd+R reloads', key('r', cmd), mac, 'reload'],
  ['F11 leaves fullscreen', key('F11'), linux, 'fullscreen'],
  ['Ctrl+Cmd+F leaves fullscreen', key('f', { control: true, meta: true }), mac, 'fullscreen'],
  ['Ctrl+P prints', key('p', ctrl), windows, 'print'],
  ['Cmd+P prints', key('p', cmd), mac, 'print'],
  ['Cmd+H hides the app', key('h', cmd), mac, 'hide'],
  ['Cmd+M minimizes', key('m', cmd), mac, 'hide'],
  ['Alt alone shows the menu bar', key('Alt', { alt: true }), windows, 'menu'],
  ['releasing Alt (no Alt flag any more) shows the menu bar', key('Alt'), windows, 'menu'],
  ['F10 opens the menu', key('F10'), linux, 'menu'],
  ['Alt+Space opens the system menu with Close', { ...key(' ', { alt: true }), code: 'Space' }, windows, 'menu'],
  ['F12 opens DevTools', key('F12'), windows, 'devtools'],
  ['Ctrl+Shift+I opens DevTools', key('I', { ...ctrl, shift: true }), linux, 'devtools'],
  ['Ctrl+Shift+J opens the console', key('J', { ...ctrl, shift: true }), linux, 'devtools'],
  ['Ctrl+Shift+C inspects an element', key('C', { ...ctrl, shift: true }), windows, 'devtools'],
  // Option changes the typed character on macOS (Cmd+Option+I types ˆ): the physical key still counts.
  ['Cmd+Option+I opens DevTools', { ...key('i', { meta: true, alt: true }), key: 'ˆ' }, mac, 'devtools'],
  ['Cmd+Option+J opens the console', { ...key('j', { meta: true, alt: true }), key: '∆' }, mac, 'devtools'],
  ['Ctrl+W on another layout (physical W)', { ...key('w', ctrl), key: 'z' }, linux, 'close'],
];

const PASSED: [string, KeyInput, typeof linux | typeof windows | typeof mac][] = [
  ['letters and digits a guest types in the search', key('a'), linux],
  ['Escape, which closes dialogs (window fullscreen does not end on it)', key('Escape'), linux],
  ['Tab and Enter for keyboard use', key('Tab'), windows],
  ['Space, which presses buttons', { ...key(' '), code: 'Space' }, windows],
  ['Enter from the wedge scanner', key('Enter'), windows],
  ['Ctrl+C copy in a text field', key('c', ctrl), linux],
  ['Ctrl+V paste in a text field', key('v', ctrl), windows],
  ['Ctrl+A select all', key('a', ctrl), windows],
  ['Ctrl+Plus zoom, for people who need larger text', key('+', ctrl), windows],
  // AltGr arrives as Ctrl+Alt on Windows: the Swedish layout types these with it.
  [
    'AltGr+2 types @ on a Swedish keyboard',
    { ...key('2', { control: true, alt: true }), key: '@', code: 'Digit2' },
    windows,
  ],
  ['AltGr+E types € on a Swedish keyboard', { ...key('e', { control: true, alt: true }), key: '€' }, windows],
  ['AltGr+7 types {', { ...key('7', { control: true, alt: true }), key: '{', code: 'Digit7' }, windows],
  ['AltGr alone (no menu)', { ...key('AltGraph', { control: true, alt: true }), code: 'AltRight' }, windows],
  ['Ctrl+F (there is no find bar to open)', key('f', ctrl), linux],
  ['Option alone on macOS (no menu bar to reach)', key('Alt', { alt: true }), mac],
];

describe('keys the kiosk window swallows', () => {
  it.each(BLOCKED)('%s', (_name, input, context, reason) => {
    expect(blockedKioskKey(input, context)).toBe(reason);
  });

  it.each(PASSED)('lets through %s', (_name, input, context) => {
    expect(blockedKioskKey(input, context)).toBeNull();
  });

  it('keeps the DevTools shortcuts only for a developer who asked for DevTools, and nothing else', () => {
    const development = { platform: 'linux', devTools: true } as const;
    expect(blockedKioskKey(key('F12'), development)).toBeNull();
    expect(blockedKioskKey(key('I', { ...ctrl, shift: true }), development)).toBeNull();
    expect(blockedKioskKey(key('w', ctrl), development)).toBe('close');
    expect(blockedKioskKey(key('F5'), development)).toBe('reload');
    expect(blockedKioskKey(key('F11'), development)).toBe('fullscreen');
  });
});
