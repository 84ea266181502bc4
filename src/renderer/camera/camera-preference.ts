// The camera staff chose, remembered by this kiosk's browser profile. Device ids are only meaningful
// to the browser that issued them, so the choice is kept there rather than in the shared store.
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'entre.camera.deviceId';
const listeners = new Set<() => void>();

export const getPreferredCamera = (): string | null => localStorage.getItem(STORAGE_KEY);

/** null goes back to the system's default camera. */
export function setPreferredCamera(deviceId: string | null): void {
  if (deviceId) localStorage.setItem(STORAGE_KEY, deviceId);
  else localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const usePreferredCamera = (): string | null => useSyncExternalStore(subscribe, getPreferredCamera);
