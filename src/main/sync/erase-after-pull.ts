// What a pull took from this store that its files may still hold: a picture withdrawn or retaken at another
// door, or the names of guests purged there. As at the door where it happened, no byte of it may stay. The
// erase is noted with the pulled page that needs it and done once the pull is over (a purge of 100k guests
// arrives in fifty pages, and writing the store anew takes about a second); a round that broke off before it
// leaves it to the start of the next round, which does it even when the hub is out of reach.
import { type Db, eraseFreedSpace, prepared } from '../store/database';
import { getSetting, setSetting } from '../store/settings';
import { forgetPurgedNames } from '../store/purged-names';
import type { ApplySummary } from './outbox';

const PENDING_KEY = 'sync.erasePending';

/** Notes what a pulled page needs erased; inside the page's transaction. */
export function noteErase(db: Db, erased: ApplySummary['erased']): void {
  if (!erased.picture && !erased.purge) return;
  // A purge writes the store anew, which erases a picture's traces too.
  const rewrite = erased.purge || getSetting(db, PENDING_KEY) === 'rewrite';
  setSetting(db, PENDING_KEY, rewrite ? 'rewrite' : 'wal');
}

/** Erases what the pulls noted: the WAL's old frames, and after a purge the search index and the whole file. */
export function eraseNoted(db: Db): void {
  const pending = getSetting(db, PENDING_KEY);
  if (!pending) return;
  if (pending === 'rewrite') db.transaction(() => forgetPurgedNames(db))();
  eraseFreedSpace(db, { rewrite: pending === 'rewrite' });
  prepared(db, 'DELETE FROM settings WHERE key = ?').run(PENDING_KEY);
}
