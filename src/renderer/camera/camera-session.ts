// One camera, read continuously with html5-qrcode, kept alive: a camera that is missing, refused,
// unplugged, frozen or that never answers its start is reported and tried again with back-off until it
// works, at once when a device is plugged in or the camera permission changes, so the kiosk recovers by
// itself without a reload. It never stops reading while the kiosk shows it: the next guest in the queue
// is welcomed while the last one's welcome is still on screen.
import { Html5Qrcode, Html5QrcodeScannerState } from 'html5-qrcode';
import { installBarcodeDetector } from './barcode-detector';
import {
  START_LIMIT_MS,
  assessRunningCamera,
  classifyFailure,
  failuresAfter,
  retryDelayMs,
  startWithin,
  type CameraProblem,
  type CameraState,
} from './camera-health';
import { REPEAT_QUIET_MS } from './repeat-quiet';
import type { ScanProfile } from './scan-profile';

/** How often a running camera's track and frames are looked at. */
const WATCH_EVERY_MS = 1000;

export interface CameraSessionOptions {
  elementId: string;
  deviceId: string | null;
  profile: ScanProfile;
  onCode(text: string): void;
  onState(state: CameraState): void;
}

/** One try at the camera: html5-qrcode drawing into an element of its own, removed with it. */
interface Attempt {
  scanner: Html5Qrcode;
  surface: HTMLElement;
}

export class CameraSession {
  private running: Attempt | null = null;
  private attempts = 0;
  private closed = false;
  private opening = false;
  /** Frames looked at, with a code or without: exposed on the preview's element for tests to wait on. */
  private framesRead = 0;
  private failures = 0;
  private scanningSince = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private permission: PermissionStatus | null = null;
  private lastRead = { text: '', at: -Infinity };
  private readonly retryNow = () => this.restart();

  constructor(private readonly options: CameraSessionOptions) {
    navigator.mediaDevices?.addEventListener('devicechange', this.retryNow);
    void this.watchPermission();
    void this.open();
  }

  async close(): Promise<void> {
    this.closed = true;
    // A start that was still under way when the kiosk screen closed gives no verdict: say so.
    this.options.onState('idle');
    navigator.mediaDevices?.removeEventListener('devicechange', this.retryNow);
    this.permission?.removeEventListener('change', this.retryNow);
    clearTimeout(this.retryTimer);
    await this.release();
  }

  /** A camera permission granted while the kiosk runs (staff fixed the setting) is used at once. */
  private async watchPermission(): Promise<void> {
    try {
      const status = await navigator.permissions.query({ name: 'camera' as PermissionName });
      if (this.closed) return;
      this.permission = status;
      status.addEventListener('change', this.retryNow);
    } catch {
      // This browser cannot report the camera permission: the periodic retries still notice a grant.
    }
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
    // While retrying, staff keep seeing the problem rather than a flicker of "starting".
    if (this.failures === 0) onState('starting');
    if (profile.barcodeDetector) installBarcodeDetector();
    // Each try draws into its own element: a start abandoned for hanging that answers later, and is
    // then stopped, clears its own element and never the preview of the try that replaced it.
    const surface = document.createElement('div');
    surface.id = `${elementId}-try-${++this.attempts}`;
    document.getElementById(elementId)?.append(surface);
    const scanner = new Html5Qrcode(surface.id, {
      formatsToSupport: profile.formats,
      verbose: false,
      experimentalFeatures: { useBarCodeDetectorIfSupported: profile.barcodeDetector },
    });
    const camera = profile.name === 'library-defaults' ? undefined : cameraConstraints(deviceId);
    const start = scanner.start(
      deviceId ? deviceId : { facingMode: 'user' },
      camera ? { ...profile.config, videoConstraints: camera } : profile.config,
      (text) => this.onFrameRead(text),
      () => this.onFrameRead(null),
    );
    const attempt = { scanner, surface };
    try {
      // A camera that answers after the limit is stopped at once: the retry has its own.
      await startWithin(start, START_LIMIT_MS, () => void stopAttempt(attempt));
    } catch (error) {
      surface.remove();
      this.fail(classifyFailure(error));
      return;
    }
    this.running = attempt;
    if (this.closed) return void (await this.release());
    this.scanningSince = performance.now();
    this.watch(attempt);
    onState('scanning');
  }

  private onFrameRead(text: string | null): void {
    this.framesRead++;
    const host = document.getElementById(this.options.elementId);
    if (host) host.dataset.framesRead = String(this.framesRead);
    if (text === null) return;
    const now = performance.now();
    if (text === this.lastRead.text && now - this.lastRead.at < REPEAT_QUIET_MS) return;
    this.lastRead = { text, at: now };
    this.options.onCode(text);
  }

  /**
   * Notices an unplugged camera and a frozen one. An unplug fires 'ended' on the track, but a track
   * can also end without the event (the browser stops it, as track.stop() does), so readyState is
   * polled as well. Frames are counted with requestVideoFrameCallback.
   */
  private watch(attempt: Attempt): void {
    const video = attempt.surface.querySelector('video');
    const track = (video?.srcObject as MediaStream | null)?.getVideoTracks()[0];
    track?.addEventListener('ended', () => {
      if (this.running === attempt) this.fail('lost');
    });
    let lastFrameAt = performance.now();
    const onFrame = () => {
      lastFrameAt = performance.now();
      if (this.running === attempt) video?.requestVideoFrameCallback(onFrame);
    };
    video?.requestVideoFrameCallback(onFrame);
    this.watchdog = setInterval(() => {
      // Also behind a result: a camera frozen on a picture of a code would otherwise go unnoticed.
      const expectingFrames = document.visibilityState === 'visible';
      // Frames missed while none were expected do not count against the camera.
      if (!expectingFrames) lastFrameAt = performance.now();
      const verdict = assessRunningCamera({
        trackState: track ? track.readyState : 'missing',
        msSinceLastFrame: performance.now() - lastFrameAt,
        expectingFrames,
      });
      if (verdict !== 'scanning' && this.running === attempt) this.fail(verdict);
    }, WATCH_EVERY_MS);
  }

  private fail(problem: CameraProblem): void {
    if (this.closed) return;
    clearInterval(this.watchdog);
    const scanning = this.running ? performance.now() - this.scanningSince : 0;
    this.failures = failuresAfter(this.failures, scanning);
    this.options.onState(problem);
    void this.release().then(() => this.scheduleRetry());
  }

  private restart(): void {
    if (this.closed || this.running || this.opening) return;
    clearTimeout(this.retryTimer);
    void this.open();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    if (!this.closed) this.retryTimer = setTimeout(() => this.restart(), retryDelayMs(this.failures));
  }

  private async release(): Promise<void> {
    clearInterval(this.watchdog);
    const attempt = this.running;
    this.running = null;
    if (attempt) await stopAttempt(attempt);
  }
}

async function stopAttempt({ scanner, surface }: Attempt): Promise<void> {
  try {
    if (scanner.getState() !== Html5QrcodeScannerState.NOT_STARTED) await scanner.stop();
    scanner.clear();
  } catch {
    // The camera is already gone; there is nothing left to stop.
  }
  surface.remove();
}

/** 640×480 is plenty for a QR code held up close, and half the pixels of HD to copy every frame. */
function cameraConstraints(deviceId: string | null): MediaTrackConstraints {
  return {
    ...(deviceId ? { deviceId } : { facingMode: 'user' }),
    width: { ideal: 640 },
    height: { ideal: 480 },
  };
}
