// Settings panels that other modules provide; a slot left empty makes the Settings page say the
// setting is not available at this station.
import type { ComponentType } from 'react';
import { CameraSettingsPanel } from '../camera/CameraSettingsPanel';
import { BadgeSettingsPanel } from '../badges/BadgeSettingsPanel';
import { PrintQueuePanel } from '../badges/PrintQueuePanel';
import { KeyboardSettingsPanel } from '../kiosk/KeyboardSettingsPanel';
import { ForumSettingsPanel } from '../forums/ForumSettingsPanel';
import { PhotosPanel } from '../photos/PhotosPanel';

export const settingsPanels: Record<
  'camera' | 'printer' | 'badgePreset' | 'touchKeyboard' | 'photos' | 'forums',
  ComponentType | null
> = {
  camera: CameraSettingsPanel,
  printer: PrintQueuePanel,
  badgePreset: BadgeSettingsPanel,
  touchKeyboard: KeyboardSettingsPanel,
  photos: PhotosPanel,
  forums: ForumSettingsPanel,
};
