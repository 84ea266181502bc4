// A short tone per outcome, so a guest hears the result even when looking away from the screen.
import type { ResultKind } from './result';

const TONES: Record<ResultKind, [frequency: number, seconds: number][]> = {
  welcome: [
    [660, 0.12],
    [880, 0.18],
  ],
  already: [[660, 0.25]],
  unknown: [
    [330, 0.18],
    [262, 0.28],
  ],
  error: [
    [262, 0.2],
    [262, 0.2],
  ],
};

let context: AudioContext | null = null;

export function playTone(kind: ResultKind): void {
  try {
    context ??= new AudioContext();
    let at = context.currentTime;
    for (const [frequency, seconds] of TONES[kind]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.2, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + seconds);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + seconds);
      at += seconds + 0.03;
    }
  } catch {
    // No audio device: the screen and the live region still tell the result.
  }
}
