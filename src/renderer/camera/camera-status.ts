// The camera's state, shared by the idle screen's scanner and the staff-facing components, which may
// live on different screens: a tiny store React reads with useSyncExternalStore.
import { useSyncExternalStore } from 'react';

export type CameraState =
  | 'starting'
  | 'scanning'
  /** No camera is connected (or none the browser can use). */
  | 'no-camera'
  /** The camera was refused by the user, the browser or the operating system. */
  | 'denied'
  /** The camera went away while in use (unplugged). */
  | 'lost'
  /** The camera stopped delivering pictures. */
  | 'frozen'
  | 'failed';

let state: CameraState = 'starting';
const listeners = new Set<() => void>();

export function setCameraState(next: CameraState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

export const getCameraState = (): CameraState => state;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useCameraState = (): CameraState => useSyncExternalStore(subscribe, getCameraState);

export const isCameraWorking = (value: CameraState): boolean => value === 'scanning' || value === 'starting';
