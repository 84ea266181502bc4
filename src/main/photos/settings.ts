// The station's photo settings, kept with its other settings (one JSON value).
import { DEFAULT_PHOTO_SETTINGS, type PhotoSettings } from '../../shared/photos';
import type { Db } from '../store/database';
import { getSetting, setSetting } from '../store/settings';

const KEY = 'photos';

export function getPhotoSettings(db: Db): PhotoSettings {
  const saved = getSetting(db, KEY);
  return { ...DEFAULT_PHOTO_SETTINGS, ...(saved ? (JSON.parse(saved) as Partial<PhotoSettings>) : {}) };
}

export function savePhotoSettings(db: Db, settings: PhotoSettings): void {
  setSetting(db, KEY, JSON.stringify(settings));
}
