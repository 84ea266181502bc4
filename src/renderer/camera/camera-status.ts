// The camera's report (its state and its latest problem), shared by the idle screen's scanner and the
// staff-facing components, which live on different screens: a tiny store React reads with
// useSyncExternalStore. The rules live in camera-health.ts.
import { useSyncExternalStore } from 'react';
import { localIsoWithOffset } from '../../shared/time';
import { INITIAL_REPORT, nextReport, type CameraReport, type CameraState } from './camera-health';

let report: CameraReport = INITIAL_REPORT;
const listeners = new Set<() => void>();

export function setCameraState(state: CameraState): void {
  const next = nextReport(report, state, localIsoWithOffset(new Date()));
  if (next.state === report.state && next.incident === report.incident) return;
  report = next;
  for (const listener of listeners) listener();
}

const getCameraReport = (): CameraReport => report;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useCameraReport = (): CameraReport => useSyncExternalStore(subscribe, getCameraReport);
