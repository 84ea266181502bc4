// One camera, read continuously with html5-qrcode, kept alive: a camera that is missing, refused,
// unplugged or frozen is reported and tried again until it works, so the kiosk recovers by itself.
import { Html5Qrcode, Html5QrcodeScannerState } from 'html5-qrcode';
import type { CameraState } from './camera-status';
import type { ScanProfile } from './scan-profile';

/** How long the same code is ignored after it was read: one phone held up is one scan. */
export const REPEAT_QUIET_MS = 5000;
/** A camera that delivers no new picture for this long is taken for frozen and restarted. */
const FROZEN_AFTER_MS = 3000;
/** How often a camera that failed is tried again (also at once when a device is plugged in). */
const RETRY_MS = 3000;

export interface CameraSessionOptions {
  elementId: string;
  deviceId: string | null;
  profile: ScanProfile;
  onCode(text: string): void;
  onState(state: CameraState): void;
}

export class CameraSession {
  private scanner: Html5Qrcode | null = null;
  private closed = false;
  private opening = false;
  private paused = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private lastRead = { text: '', at: -Infinity };
  private readonly retryNow = () => this.restart();

  constructor(private readonly options: CameraSessionOptions) {
    navigator.mediaDevices?.addEventListener('devicechange', this.retryNow);
    void this.open();
  }

  /** Stops decoding while a result is on screen; the preview keeps running. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    const scanner = this.scanner;
    if (!scanner) return;
    const state = scanner.getState();
    if (paused && state === Html5QrcodeScannerState.SCANNING) scanner.pause(false);
    if (!paused && state === Html5QrcodeScannerState.PAUSED) scanner.resume();
  }

  async close(): Promise<void> {
    this.closed = true;
    navigator.mediaDevices?.removeEventListener('devicechange', this.retryNow);
    clearTimeout(this.retryTimer);
    await this.release();
  }

  private async open(): Promise<void> {
    if (this.closed || this.opening) return;
    this.opening = true;
    try {
      await this.tryOpen();
    } finally {
      this.opening = false;
    }
  }

  private async tryOpen(): Promise<void> {
    const { elementId, deviceId, profile, onState } = this.options;
    onState('starting');
    const scanner = new Html5Qrcode(elementId, { formatsToSupport: profile.formats, verbose: false });
    const camera = profile.name === 'entre' ? cameraConstraints(deviceId) : undefined;
    try {
      await scanner.start(
        deviceId ? deviceId : { facingMode: 'user' },
        camera ? { ...profile.config, videoConstraints: camera } : profile.config,
        (text) => this.onDecoded(text),
        () => {},
      );
    } catch (error) {
      onState(classifyFailure(error));
      this.scheduleRetry();
      return;
    }
    this.scanner = scanner;
    if (this.closed) return void (await this.release());
    this.watch(scanner);
    onState('scanning');
    this.setPaused(this.paused);
  }

  private onDecoded(text: string): void {
    if (this.paused) return;
    const now = performance.now();
    if (text === this.lastRead.text && now - this.lastRead.at < REPEAT_QUIET_MS) return;
    this.lastRead = { text, at: now };
    this.options.onCode(text);
  }

  /** Notices an unplugged camera (its track ends) and a frozen one (no new frame for a while). */
  private watch(scanner: Html5Qrcode): void {
    const video = document.getElementById(this.options.elementId)?.querySelector('video');
    const track = (video?.srcObject as MediaStream | null)?.getVideoTracks()[0];
    track?.addEventListener('ended', () => this.fail('lost'));
    if (!video) return;
    let lastFrameAt = performance.now();
    const onFrame = () => {
      lastFrameAt = performance.now();
      if (this.scanner === scanner) video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
    this.watchdog = setInterval(() => {
      if (performance.now() - lastFrameAt > FROZEN_AFTER_MS) this.fail('frozen');
    }, 1000);
  }

  private fail(state: CameraState): void {
    if (this.closed) return;
    this.options.onState(state);
    void this.release().then(() => this.scheduleRetry());
  }

  private restart(): void {
    if (this.closed || this.scanner || this.opening) return;
    clearTimeout(this.retryTimer);
    void this.open();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    if (!this.closed) this.retryTimer = setTimeout(() => this.restart(), RETRY_MS);
  }

  private async release(): Promise<void> {
    clearInterval(this.watchdog);
    const scanner = this.scanner;
    this.scanner = null;
    if (!scanner) return;
    try {
      if (scanner.getState() !== Html5QrcodeScannerState.NOT_STARTED) await scanner.stop();
      scanner.clear();
    } catch {
      // The camera is already gone; there is nothing left to stop.
    }
  }
}

/** 640×480 is plenty for a QR code held up close, and half the pixels of HD to copy every frame. */
function cameraConstraints(deviceId: string | null): MediaTrackConstraints {
  return {
    ...(deviceId ? { deviceId } : { facingMode: 'user' }),
    width: { ideal: 640 },
    height: { ideal: 480 },
  };
}

/** html5-qrcode reports getUserMedia failures as text that names the DOMException. */
function classifyFailure(error: unknown): CameraState {
  const text = String(error instanceof Error ? `${error.name} ${error.message}` : error);
  if (/NotAllowedError|SecurityError|Permission/i.test(text)) return 'denied';
  if (/NotFoundError|OverconstrainedError|not supported|Requested device not found/i.test(text)) return 'no-camera';
  return 'failed';
}
