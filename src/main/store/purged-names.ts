// What a purge of personal data leaves in the store besides the guests' own fields, shared by the station
// where staff purge (src/main/staff/personal-data.ts) and each door the purge reaches by sync
// (src/main/sync/erase-after-pull.ts).
import { type Db, prepared } from './database';

/**
 * The start of the invitation code a purge gives each guest in place of the one mailed to them: a door that
 * receives the purged guests by sync knows the purge by it.
 */
export const PURGED_CODE_PREFIX = 'purged';

/** Names the store keeps outside the guests' rows; inside the purge's transaction, with eraseFreedSpace after. */
export function forgetPurgedNames(db: Db): void {
  // The door log names removed guests; the store serves one event at a time, so all those names go.
  prepared(db, "UPDATE staff_log SET detail = '' WHERE kind = 'guest-removed'").run();
  // The search index keeps a changed name's trigrams in its segments until they are merged.
  prepared(db, "INSERT INTO guest_search(guest_search) VALUES ('rebuild')").run();
}
