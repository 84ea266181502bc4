// Mount points for settings panels that other modules provide. When the camera (issue 3) and the
// printer and badge (issue 4) modules land, put their panel components here; until then the
// Settings page says the setting is not available at this station.
import type { ComponentType } from 'react';

export const settingsPanels: Record<'camera' | 'printer' | 'badgePreset', ComponentType | null> = {
  camera: null,
  printer: null,
  badgePreset: null,
};
