// The camera's health as pure decisions, kept apart from the browser so each rule has a table test:
// what a failed start means, whether a running camera is unplugged or frozen, how long to wait before
// trying again, and what staff are told about the last problem once the camera works again.

/** What is wrong with the camera, if anything, in the words staff read. */
export type CameraProblem =
  /** No camera is connected (or none the browser can use). */
  | 'no-camera'
  /** The camera was refused by the user, the browser or the operating system. */
  | 'denied'
  /** The camera went away while in use (unplugged). */
  | 'lost'
  /** The camera stopped delivering pictures. */
  | 'frozen'
  | 'failed';

/**
 * 'idle': the kiosk is not reading the camera (not started yet, or staff mode is open). Staff settings
 * then look for cameras themselves rather than wait for a verdict that will not come.
 */
export type CameraState = 'idle' | 'starting' | 'scanning' | CameraProblem;

/** A camera that delivers no new picture for this long is taken for frozen and restarted. */
export const FROZEN_AFTER_MS = 3000;
/** Waits between attempts to start a camera that failed: quick at first, then a steady pace. */
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000];
const RETRY_CEILING_MS = 15_000;
/**
 * A camera start (getUserMedia, the preview playing) that has not answered in this long is abandoned and
 * tried again: a driver that hangs would otherwise leave the kiosk without a camera until a restart.
 * A USB camera starts in one to three seconds.
 */
export const START_LIMIT_MS = 8000;
/** A camera that has worked this long is healthy again: its next problem starts the back-off afresh. */
export const STABLE_AFTER_MS = 30_000;

/** Whether the state is a problem staff must be told of (rather than the camera working or not in use). */
export const isCameraProblem = (state: CameraState): state is CameraProblem =>
  state !== 'scanning' && state !== 'starting' && state !== 'idle';

/** html5-qrcode reports getUserMedia failures as text that names the DOMException. */
export function classifyFailure(error: unknown): CameraProblem {
  const text = String(error instanceof Error ? `${error.name} ${error.message}` : error);
  if (/NotAllowedError|SecurityError|Permission/i.test(text)) return 'denied';
  if (/NotFoundError|OverconstrainedError|not supported|Requested device not found/i.test(text)) return 'no-camera';
  return 'failed';
}

/** What a start that outlived START_LIMIT_MS fails with. */
export class CameraStartTimeout extends Error {
  override name = 'CameraStartTimeout';
  constructor(limitMs: number) {
    super(`The camera did not start within ${limitMs} ms`);
  }
}

/**
 * The start's own outcome if it settles within `limitMs`, else a CameraStartTimeout. A start that answers
 * after all is handed to `onLate`, which releases the camera nobody waits for any more.
 */
export function startWithin<T>(start: Promise<T>, limitMs: number, onLate: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let abandoned = false;
    const timer = setTimeout(() => {
      abandoned = true;
      reject(new CameraStartTimeout(limitMs));
    }, limitMs);
    start.then(
      (value) => {
        clearTimeout(timer);
        if (abandoned) onLate(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!abandoned) reject(error);
      },
    );
  });
}

export interface RunningCamera {
  /** The preview track's readyState; 'missing' when the preview has no track at all. */
  trackState: 'live' | 'ended' | 'missing';
  /** Since the preview last presented a new frame (requestVideoFrameCallback). */
  msSinceLastFrame: number;
  /**
   * Whether frames are expected now: not while the page is hidden, when the browser may stop
   * presenting frames. (A preview hidden behind a result still gets them: Chromium calls
   * requestVideoFrameCallback for a video with visibility: hidden.)
   */
  expectingFrames: boolean;
}

/**
 * An ended track is an unplugged camera (checked first: it also stops delivering frames). A live track
 * whose frames stopped is a frozen camera. A video's currentTime is no sign of life: for a camera
 * stream Chromium advances it with the clock even while no frame arrives.
 */
export function assessRunningCamera(camera: RunningCamera): 'scanning' | 'lost' | 'frozen' {
  if (camera.trackState !== 'live') return 'lost';
  if (camera.expectingFrames && camera.msSinceLastFrame > FROZEN_AFTER_MS) return 'frozen';
  return 'scanning';
}

/** How long to wait before attempt number `failures` + 1 (failures counts from 1). */
export function retryDelayMs(failures: number): number {
  return RETRY_DELAYS_MS[Math.max(0, failures - 1)] ?? RETRY_CEILING_MS;
}

/** Failures in a row after one more: a camera that had worked a good while starts over at one. */
export const failuresAfter = (failures: number, msScanning: number): number =>
  msScanning >= STABLE_AFTER_MS ? 1 : failures + 1;

/** The latest problem, kept after the camera recovers so staff who look later still learn of it. */
export interface CameraIncident {
  problem: CameraProblem;
  /** Local wall time with offset when the problem began. */
  since: string;
  /** When the camera worked again; null while the problem lasts. */
  recoveredAt: string | null;
}

export interface CameraReport {
  state: CameraState;
  incident: CameraIncident | null;
}

export const INITIAL_REPORT: CameraReport = { state: 'idle', incident: null };

/** The report after the camera enters `state` at wall time `at`. */
export function nextReport(report: CameraReport, state: CameraState, at: string): CameraReport {
  const { incident } = report;
  if (state === 'starting' || state === 'idle') return { ...report, state };
  if (state === 'scanning') {
    const recovered = incident && !incident.recoveredAt ? { ...incident, recoveredAt: at } : incident;
    return { state, incident: recovered };
  }
  const ongoing = incident && !incident.recoveredAt && incident.problem === state;
  return { state, incident: ongoing ? incident : { problem: state, since: at, recoveredAt: null } };
}
