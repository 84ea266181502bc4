// Numbered schema migrations. The file's PRAGMA user_version says which have run; each runs once,
// in order, inside a transaction. Never edit a released migration: add the next number.
import type Database from 'better-sqlite3';
import { initialSchema } from './001-initial';
import { invitationKeys } from './002-invitation-keys';
import { badgesSchema } from './003-badges';
import { staffModeSchema } from './004-staff-mode';
import { syncSchema } from './005-sync';
import { checksWithoutLists } from './007-checks-without-lists';
import { doorLogKioskQuit } from './008-door-log-kiosk-quit';
import { removedGuests } from './009-removed-guests';
import { guestPhotos } from './010-guest-photos';
import { forumMarks } from './011-forum-marks';
import { pagedGuestList } from './012-paged-guest-list';
import { kioskRestartsAndSentBadges } from './013-kiosk-restarts-and-sent-badges';
import { eventDetails } from './014-event-details';
import { staffFigures } from './016-staff-figures';
import { eventStamps } from './017-event-stamps';

export interface Migration {
  version: number;
  name: string;
  /** Set when it rebuilds tables: foreign keys are then off while it runs and checked before it commits. */
  rebuildsTables?: true;
  up(db: Database.Database): void;
}

export const migrations: Migration[] = [
  initialSchema,
  invitationKeys,
  badgesSchema,
  staffModeSchema,
  syncSchema,
  checksWithoutLists,
  doorLogKioskQuit,
  removedGuests,
  guestPhotos,
  forumMarks,
  pagedGuestList,
  kioskRestartsAndSentBadges,
  eventDetails,
  staffFigures,
  eventStamps,
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
