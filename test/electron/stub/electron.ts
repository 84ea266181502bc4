// A stand-in for the `electron` module, resolved in its place (vitest.config.ts) when a test loads the
// BUILT main process (out/main/index.js). It records what main asks of Electron and lets the test play
// Electron's part: become ready, fire events, answer printing. Only the API main uses is here.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface PrintCall {
  options: Record<string, unknown>;
  html: string;
  answer(success: boolean, failureReason?: string): void;
}

/** What the test sets before main is imported, and reads afterwards. */
export const stub = {
  isReady: false,
  singleInstanceLock: true,
  printers: [{ name: 'Badges' }] as { name: string }[],
  privilegedSchemes: [] as { schemes: unknown; beforeReady: boolean }[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  permissionRequestHandler: null as null | ((...args: unknown[]) => void),
  permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
  ipcHandlers: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
  applicationMenu: 'default' as unknown,
  errorBoxes: [] as { title: string; content: string }[],
  exitCodes: [] as number[],
  quits: 0,
  powerSaveBlockers: [] as string[],
  loginItems: [] as Record<string, unknown>[],
  prints: [] as PrintCall[],
  windows: [] as FakeWindow[],
  paths: { home: '/nonexistent-home', documents: '/nonexistent-documents' } as Record<string, string>,
  appPath: '/the-app',
};

class Preventable {
  defaultPrevented = false;
  preventDefault() {
    this.defaultPrevented = true;
  }
}

let becomeReady: () => void;
const ready = new Promise<void>((resolve) => (becomeReady = resolve));

class FakeApp extends EventEmitter {
  isPackaged = false;
  /** The test's "Electron is ready now". */
  emitReady() {
    stub.isReady = true;
    becomeReady();
    return ready;
  }
  whenReady() {
    return ready;
  }
  isReady() {
    return stub.isReady;
  }
  requestSingleInstanceLock() {
    return stub.singleInstanceLock;
  }
  quit() {
    stub.quits++;
    const event = new Preventable();
    this.emit('before-quit', event);
  }
  exit(code = 0) {
    stub.exitCodes.push(code);
  }
  getPath(name: string) {
    return stub.paths[name] ?? `/nonexistent-${name}`;
  }
  getAppPath() {
    return stub.appPath;
  }
  setLoginItemSettings(settings: Record<string, unknown>) {
    stub.loginItems.push(settings);
  }
  getLoginItemSettings() {
    return { openAtLogin: Boolean(stub.loginItems.at(-1)?.openAtLogin) };
  }
}

export const app = new FakeApp();

class FakeWebContents extends EventEmitter {
  url = '';
  destroyed = false;
  windowOpenHandler: unknown = null;
  constructor(private readonly owner: FakeWindow) {
    super();
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: unknown) {
    this.windowOpenHandler = handler;
  }
  forcefullyCrashRenderer() {
    this.emit('render-process-gone', new Preventable(), { reason: 'killed', exitCode: 9 });
  }
  async getPrintersAsync() {
    return stub.printers;
  }
  print(options: Record<string, unknown>, callback: (success: boolean, failureReason: string) => void) {
    stub.prints.push({
      options,
      html: decodeURIComponent(this.owner.loads.at(-1)!.replace(/^data:text\/html;charset=utf-8,/, '')),
      answer: (success, failureReason = '') => callback(success, failureReason),
    });
  }
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeWebContents(this);
  readonly loads: string[] = [];
  readonly actions: string[] = [];
  destroyed = false;
  minimized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    stub.windows.push(this);
    app.emit('web-contents-created', new Preventable(), this.webContents);
  }
  static getAllWindows() {
    return stub.windows.filter((window) => !window.destroyed);
  }
  async loadURL(url: string) {
    this.loads.push(url);
    this.webContents.url = url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
    this.webContents.destroyed = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
    this.actions.push('restore');
  }
  show() {
    this.actions.push('show');
  }
  focus() {
    this.actions.push('focus');
  }
  setKiosk(on: boolean) {
    this.actions.push(`kiosk:${on}`);
  }
}

export const BrowserWindow = FakeWindow;

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown) {
    stub.privilegedSchemes.push({ schemes, beforeReady: !stub.isReady });
  },
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>) {
    stub.protocolHandlers.set(scheme, handler);
  },
};

export const net = {
  /** Only file:// URLs, as app-protocol.ts asks: the file's bytes, or 404. */
  async fetch(url: string) {
    const file = fileURLToPath(url);
    if (!fs.existsSync(file)) return new Response('Not found', { status: 404 });
    return new Response(fs.readFileSync(file), { headers: { 'content-type': 'text/html' } });
  },
};

const defaultSession = Object.assign(new EventEmitter(), {
  setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
    stub.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
    stub.permissionCheckHandler = handler;
  },
});
export const session = { defaultSession };

export const ipcMain = {
  handle(channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) {
    stub.ipcHandlers.set(channel, handler);
  },
};

export const Menu = {
  setApplicationMenu(menu: unknown) {
    stub.applicationMenu = menu;
  },
};

export const dialog = {
  showErrorBox(title: string, content: string) {
    stub.errorBoxes.push({ title, content });
  },
};

export const powerSaveBlocker = {
  start(type: string) {
    stub.powerSaveBlockers.push(type);
    return stub.powerSaveBlockers.length;
  },
};
