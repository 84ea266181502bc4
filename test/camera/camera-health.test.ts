import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FROZEN_AFTER_MS,
  CameraStartTimeout,
  INITIAL_REPORT,
  START_LIMIT_MS,
  STABLE_AFTER_MS,
  assessRunningCamera,
  classifyFailure,
  failuresAfter,
  nextReport,
  retryDelayMs,
  startWithin,
  type CameraReport,
  type RunningCamera,
} from '../../src/renderer/camera/camera-health';

describe('a running camera', () => {
  const live = (msSinceLastFrame: number, expectingFrames = true): RunningCamera => ({
    trackState: 'live',
    msSinceLastFrame,
    expectingFrames,
  });
  it.each<[string, RunningCamera, ReturnType<typeof assessRunningCamera>]>([
    ['delivering frames', live(40), 'scanning'],
    ['a still picture still arrives as frames', live(70), 'scanning'],
    ['a short hiccup', live(FROZEN_AFTER_MS), 'scanning'],
    ['no new frame for longer than the limit', live(FROZEN_AFTER_MS + 1), 'frozen'],
    ['no frame for minutes', live(120_000), 'frozen'],
    ['no frames while the page is hidden', live(120_000, false), 'scanning'],
    ['its track ended (unplugged)', { trackState: 'ended', msSinceLastFrame: 10, expectingFrames: true }, 'lost'],
    [
      'an ended track also delivers no frames: unplugged, not frozen',
      { trackState: 'ended', msSinceLastFrame: 60_000, expectingFrames: true },
      'lost',
    ],
    ['no track at all', { trackState: 'missing', msSinceLastFrame: 0, expectingFrames: false }, 'lost'],
  ])('%s', (_, camera, verdict) => {
    expect(assessRunningCamera(camera)).toBe(verdict);
  });
});

describe('a camera that failed to start', () => {
  it.each([
    [new DOMException('Permission denied', 'NotAllowedError'), 'denied'],
    ['NotAllowedError : Permission dismissed', 'denied'],
    [new DOMException('Insecure', 'SecurityError'), 'denied'],
    ['NotFoundError : Requested device not found', 'no-camera'],
    [new DOMException('Requested device not found', 'NotFoundError'), 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError : Could not start video source', 'failed'],
    [new Error('something else'), 'failed'],
  ])('%s → %s', (error, problem) => {
    expect(classifyFailure(error)).toBe(problem);
  });
});

describe('a camera start that never answers', () => {
  afterEach(() => vi.useRealTimers());
  const never = new Promise<string>(() => {});

  it('is abandoned after the time limit as a failed start, which the back-off then retries', async () => {
    vi.useFakeTimers();
    const outcome = startWithin(never, START_LIMIT_MS, () => {}).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(START_LIMIT_MS - 1);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(CameraStartTimeout);
    expect(classifyFailure(error)).toBe('failed');
  });

  it('keeps the outcome of a start that answers in time, success or refusal', async () => {
    await expect(startWithin(Promise.resolve('camera'), START_LIMIT_MS, () => {})).resolves.toBe('camera');
    const refused = new DOMException('Permission denied', 'NotAllowedError');
    await expect(startWithin(Promise.reject(refused), START_LIMIT_MS, () => {})).rejects.toBe(refused);
  });

  it('hands a start that answers too late to be released, so no camera is left running unseen', async () => {
    vi.useFakeTimers();
    let answer!: (value: string) => void;
    const late: string[] = [];
    const outcome = startWithin(new Promise<string>((resolve) => (answer = resolve)), 100, (value) => late.push(value));
    const failed = expect(outcome).rejects.toBeInstanceOf(CameraStartTimeout);
    await vi.advanceTimersByTimeAsync(100);
    await failed;
    answer('camera');
    await Promise.resolve();
    expect(late).toEqual(['camera']);
  });
});

describe('retrying', () => {
  it('waits longer after each failure in a row, up to a steady pace', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
  });
  it('starts the back-off afresh only after the camera had worked a good while', () => {
    expect(failuresAfter(0, 0)).toBe(1);
    expect(failuresAfter(3, 5000)).toBe(4);
    expect(failuresAfter(4, STABLE_AFTER_MS)).toBe(1);
  });
});

describe('what staff are told', () => {
  const steps = (...states: [Parameters<typeof nextReport>[1], string][]): CameraReport =>
    states.reduce((report, [state, at]) => nextReport(report, state, at), INITIAL_REPORT);

  it('has nothing to tell about a camera that started fine', () => {
    expect(steps(['starting', '08:00'], ['scanning', '08:00'])).toEqual({ state: 'scanning', incident: null });
  });
  it('keeps when a problem began while it lasts, through retries', () => {
    expect(steps(['scanning', '08:00'], ['lost', '08:10'], ['starting', '08:11'], ['lost', '08:12'])).toEqual({
      state: 'lost',
      incident: { problem: 'lost', since: '08:10', recoveredAt: null },
    });
  });
  it('remembers the problem and when the camera worked again', () => {
    expect(steps(['denied', '08:00'], ['denied', '08:01'], ['scanning', '08:05'])).toEqual({
      state: 'scanning',
      incident: { problem: 'denied', since: '08:00', recoveredAt: '08:05' },
    });
  });
  it('has not tried the camera before the kiosk screen showed', () => {
    expect(INITIAL_REPORT).toEqual({ state: 'idle', incident: null });
  });
  it('keeps an unsolved problem while staff mode stops the camera, and clears it when the camera works', () => {
    expect(steps(['denied', '08:00'], ['idle', '08:01'])).toEqual({
      state: 'idle',
      incident: { problem: 'denied', since: '08:00', recoveredAt: null },
    });
    expect(steps(['denied', '08:00'], ['idle', '08:01'], ['starting', '08:02'], ['scanning', '08:02'])).toEqual({
      state: 'scanning',
      incident: { problem: 'denied', since: '08:00', recoveredAt: '08:02' },
    });
  });
  it('a problem of another kind is a new incident', () => {
    expect(steps(['lost', '08:00'], ['no-camera', '08:01'])).toEqual({
      state: 'no-camera',
      incident: { problem: 'no-camera', since: '08:01', recoveredAt: null },
    });
  });
  it('a new problem after a recovery replaces the old one', () => {
    expect(steps(['frozen', '08:00'], ['scanning', '08:01'], ['frozen', '09:00'])).toEqual({
      state: 'frozen',
      incident: { problem: 'frozen', since: '09:00', recoveredAt: null },
    });
  });
});
