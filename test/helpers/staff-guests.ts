// The whole staff guest list of a small test event, as one page (test events hold far fewer than 1,000).
import type { GuestFilter, StaffGuest } from '../../src/shared/staff';
import type { Db } from '../../src/main/store/database';
import { staffGuestPage } from '../../src/main/staff/guest-list';

export const allStaffGuests = (db: Db, eventId: string, filter: GuestFilter = 'all', query = ''): StaffGuest[] =>
  staffGuestPage(db, eventId, { filter, query, after: null, limit: 1000 }).guests;
