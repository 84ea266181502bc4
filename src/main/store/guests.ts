import type { PublicGuest } from '../../shared/domain';
import { editDistance, foldForSearch } from '../../shared/search-text';
import { personSortKey } from '../../shared/person-sort';
import { type Db, prepared } from './database';
import { stampAfter } from './edit-stamp';
import { newRecordId } from './record-id';
import { setSetting } from './settings';
import { recomputeGuestAliases } from './guest-aliases';

export type GuestSource = 'import' | 'demo' | 'walk-in' | 'signed-invitation';

export interface GuestFields {
  firstName: string;
  lastName: string;
  title: string;
  department: string;
  email: string;
}

export interface Guest extends GuestFields {
  id: string;
  eventId: string;
  code: string;
  source: GuestSource;
  /** When the guest was taken off the list (ISO 8601): hidden everywhere, their check-ins kept in the log. */
  removedAt: string | null;
}

export interface GuestRow {
  id: string;
  event_id: string;
  code: string;
  first_name: string;
  last_name: string;
  title: string;
  department: string;
  email: string;
  source: GuestSource;
  removed_at: string | null;
}

/** The columns a new guest is written with; removed_at starts empty. */
const INSERTED_COLUMNS = 'id, event_id, code, first_name, last_name, title, department, email, source';
export const GUEST_COLUMNS = `${INSERTED_COLUMNS}, removed_at`;
/** A guest merged into another by sync (same e-mail at two doors) is listed and found as that one. */
const NOT_MERGED = 'id NOT IN (SELECT alias_id FROM guest_aliases)';
/** On the list: neither merged into another guest nor removed from it. */
const LISTED = `removed_at IS NULL AND ${NOT_MERGED}`;

export const toGuest = (row: GuestRow): Guest => ({
  id: row.id,
  eventId: row.event_id,
  code: row.code,
  firstName: row.first_name,
  lastName: row.last_name,
  title: row.title,
  department: row.department,
  email: row.email,
  source: row.source,
  removedAt: row.removed_at,
});

export const fullName = (guest: Pick<GuestFields, 'firstName' | 'lastName'>): string =>
  [guest.firstName, guest.lastName].filter(Boolean).join(' ');

export const toPublicGuest = (guest: Guest): PublicGuest => ({
  id: guest.id,
  fullName: fullName(guest),
  title: guest.title,
  department: guest.department,
});

/**
 * The columns a guest row carries for search and lists, derived from its fields whenever it is written
 * (import, edit, walk-in, sync), so the store filters, searches and pages without JavaScript.
 */
export function guestListColumns(fields: GuestFields): {
  searchText: string;
  sortKey: string;
  staffSearchText: string;
} {
  const searchText = foldForSearch(fullName(fields));
  // Folding works letter by letter, so the name is folded once and the rest appended (import: 100k rows).
  const rest = foldForSearch(`${fields.email} ${fields.title} ${fields.department}`);
  return {
    searchText,
    sortKey: personSortKey(fields),
    staffSearchText: searchText && rest ? `${searchText} ${rest}` : searchText || rest,
  };
}

export type NewGuest = GuestFields & { id?: string; eventId: string; code: string; source: GuestSource };

export function insertGuest(db: Db, guest: NewGuest): Guest {
  return insertGuests(db, [guest])[0]!;
}

const INSERT_GUEST_SQL = `INSERT INTO guests (${INSERTED_COLUMNS}, search_text, sort_key, staff_search_text, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Inserts guests, all or none. A statement per row: without triggers (a bulk insert, below) SQLite
 * then needs no statement journal, which a statement of many rows copies every touched page into.
 */
export function insertGuests(db: Db, newGuests: NewGuest[]): Guest[] {
  const now = new Date().toISOString();
  // Field by field: copying by spread made each of 100k guests a slower kind of object.
  const guests = newGuests.map((guest): Guest => ({
    id: guest.id ?? newRecordId(),
    eventId: guest.eventId,
    code: guest.code,
    firstName: guest.firstName,
    lastName: guest.lastName,
    title: guest.title,
    department: guest.department,
    email: guest.email,
    source: guest.source,
    removedAt: null,
  }));
  const insert = () => insertGuestRows(db, guests, now);
  db.transaction(() =>
    guests.length < BULK_ROWS
      ? insert()
      : withGuestIndexesRebuilt(db, guests.length, () => withInsertTriggersInBulk(db, guests, insert)),
  )();
  return guests;
}

function insertGuestRows(db: Db, guests: Guest[], now: string): void {
  const statement = prepared(db, INSERT_GUEST_SQL);
  for (const guest of guests) {
    const derived = guestListColumns(guest);
    statement.run(
      guest.id,
      guest.eventId,
      guest.code,
      guest.firstName,
      guest.lastName,
      guest.title,
      guest.department,
      guest.email,
      guest.source,
      derived.searchText,
      derived.sortKey,
      derived.staffSearchText,
      now,
      now,
    );
  }
}

export function updateGuestFields(db: Db, id: string, fields: GuestFields): void {
  const derived = guestListColumns(fields);
  prepared(
    db,
    `UPDATE guests SET first_name = ?, last_name = ?, title = ?, department = ?, email = ?, search_text = ?,
       sort_key = ?, staff_search_text = ?, updated_at = ${stampAfter('updated_at', '?')}
     WHERE id = ?`,
  ).run(
    fields.firstName,
    fields.lastName,
    fields.title,
    fields.department,
    fields.email,
    derived.searchText,
    derived.sortKey,
    derived.staffSearchText,
    new Date().toISOString(),
    id,
  );
}

/** Above this many rows, rebuilding the search index once beats updating it row by row. */
const BULK_ROWS = 2000;

/**
 * Runs a bulk write of guests (call inside a transaction). For large batches the per-row search index
 * triggers are switched off and the index is rebuilt once at the end, in the same transaction.
 */
export function withBulkGuestWrites<T>(db: Db, rows: number, write: () => T): T {
  if (rows < BULK_ROWS) return write();
  // A page cache that holds every page the write touches (a guest fills about 1 KiB with its indexes):
  // building each index and the search index reads all the rows again, from the WAL file when the
  // cache is smaller than the list. The connection's own size comes back after.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${Math.min(cacheSize, -2 * rows)}`);
  try {
    setSetting(db, 'search_index_deferred', '1');
    const result = write();
    prepared(db, "INSERT INTO guest_search(guest_search) VALUES ('rebuild')").run();
    prepared(db, "DELETE FROM settings WHERE key = 'search_index_deferred'").run();
    return result;
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

/**
 * Inserting more guests than are stored already (a first import of a large list), the guests' own
 * indexes are dropped and created again after the inserts: SQLite builds an index from sorted rows in
 * one pass, where inserting 100k rows into five indexes at random places took most of an import's time.
 * The definitions are read from the schema, so later migrations' indexes come back as they were; a
 * failed insert rolls the drop back with the rest. Only plain inserts run meanwhile (no look-ups).
 */
function withGuestIndexesRebuilt(db: Db, rows: number, insert: () => void): void {
  const stored = (prepared(db, 'SELECT count(*) AS n FROM guests').get() as { n: number }).n;
  if (rows < stored) return insert();
  const indexes = prepared(
    db,
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'guests' AND sql IS NOT NULL",
  ).all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  insert();
  for (const index of indexes) db.exec(index.sql);
}

/**
 * What each insert trigger of the guests does for a new row, done once for all the rows a bulk insert
 * added (those after `lastRowid`, in the order they were inserted), with the trigger's own condition.
 * Row by row the three triggers took more time than the inserts themselves. An insert trigger not
 * listed here stays in place and runs per row; test/store/bulk-guest-insert.test.ts checks that a bulk
 * insert leaves the store exactly as inserting row by row does.
 */
const INSERT_TRIGGERS_IN_BULK: Record<string, (db: Db, lastRowid: number, guests: Guest[]) => void> = {
  // 001: the name search index, unless an import is deferring it to one rebuild.
  guests_search_insert: (db, lastRowid) =>
    prepared(
      db,
      `INSERT INTO guest_search (rowid, search_text) SELECT rowid, search_text FROM guests
       WHERE rowid > ? AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search_index_deferred') ORDER BY rowid`,
    ).run(lastRowid),
  // 005: every guest written here goes to the hub, unless sync is applying a remote's records.
  sync_outbox_guest_insert: (db, lastRowid) =>
    prepared(
      db,
      `INSERT INTO sync_outbox (kind, record_id) SELECT 'guest', id FROM guests
       WHERE rowid > ? AND NOT EXISTS (SELECT 1 FROM sync_applying_remote) ORDER BY rowid`,
    ).run(lastRowid),
  // 016: the staff figures' tallies. A new row is on the list, not arrived and not flagged; counted
  // here rather than grouped in SQL, which sorted the whole list without its indexes.
  guest_tallies_on_insert: (db, _lastRowid, guests) => {
    // event → department → [guests, walk-ins]
    const tallies = new Map<string, Map<string, [number, number]>>();
    for (const guest of guests) {
      let departments = tallies.get(guest.eventId);
      if (!departments) tallies.set(guest.eventId, (departments = new Map()));
      let counts = departments.get(guest.department);
      if (!counts) departments.set(guest.department, (counts = [0, 0]));
      counts[guest.source === 'walk-in' ? 1 : 0]++;
    }
    const count = prepared(
      db,
      `INSERT INTO guest_tallies (event_id, department, walk_in, arrived, flagged, guests) VALUES (?, ?, ?, 0, 0, ?)
       ON CONFLICT DO UPDATE SET guests = guests + excluded.guests`,
    );
    for (const [eventId, departments] of tallies)
      for (const [department, counts] of departments)
        counts.forEach((guests, walkIn) => {
          if (guests > 0) count.run(eventId, department, walkIn, guests);
        });
  },
};

/** A bulk insert with the guests' insert triggers replaced by INSERT_TRIGGERS_IN_BULK, in the same transaction. */
function withInsertTriggersInBulk(db: Db, guests: Guest[], insert: () => void): void {
  const triggers = (
    prepared(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'guests'").all() as {
      name: string;
      sql: string;
    }[]
  ).filter((trigger) => Object.hasOwn(INSERT_TRIGGERS_IN_BULK, trigger.name));
  const lastRowid = (prepared(db, 'SELECT coalesce(max(rowid), 0) AS n FROM guests').get() as { n: number }).n;
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  insert();
  for (const trigger of triggers) {
    db.exec(trigger.sql);
    INSERT_TRIGGERS_IN_BULK[trigger.name]!(db, lastRowid, guests);
  }
}

export function getGuest(db: Db, id: string): Guest | null {
  const row = prepared(db, `SELECT ${GUEST_COLUMNS} FROM guests WHERE id = ?`).get(id) as GuestRow | undefined;
  return row ? toGuest(row) : null;
}

export function findGuestByCode(db: Db, eventId: string, code: string): Guest | null {
  const row = prepared(db, `SELECT ${GUEST_COLUMNS} FROM guests WHERE event_id = ? AND code = ?`).get(eventId, code) as
    GuestRow | undefined;
  return row ? toGuest(row) : null;
}

export function findGuestByEmail(db: Db, eventId: string, email: string): Guest | null {
  const row = prepared(
    db,
    `SELECT ${GUEST_COLUMNS} FROM guests WHERE event_id = ? AND lower(email) = lower(?) AND email <> ''`,
  ).get(eventId, email) as GuestRow | undefined;
  return row ? toGuest(row) : null;
}

/** Guests of the event whose full name folds to the same text as this one ("Asa Ohman" = "Åsa Öhman"). */
export function findGuestsByName(db: Db, eventId: string, name: Pick<GuestFields, 'firstName' | 'lastName'>): Guest[] {
  const rows = prepared(db, `SELECT ${GUEST_COLUMNS} FROM guests WHERE event_id = ? AND search_text = ? LIMIT 4`).all(
    eventId,
    foldForSearch(fullName(name)),
  ) as GuestRow[];
  return rows.map(toGuest);
}

/** The guests on the list, in Swedish order (personSortKey); with `includeRemoved` also those taken off it. */
export function listGuests(db: Db, eventId: string, { includeRemoved = false } = {}): Guest[] {
  const rows = prepared(
    db,
    `SELECT ${GUEST_COLUMNS} FROM guests WHERE event_id = ? AND ${includeRemoved ? NOT_MERGED : LISTED}
       ORDER BY sort_key, id`,
  ).all(eventId) as GuestRow[];
  return rows.map(toGuest);
}

export function countGuests(db: Db, eventId: string): number {
  return (
    prepared(db, 'SELECT count(*) AS n FROM guests WHERE event_id = ? AND removed_at IS NULL').get(eventId) as {
      n: number;
    }
  ).n;
}

/**
 * Takes guests off the list (call inside a transaction). Nothing is deleted: their check-ins stay in
 * the append-only log, and the change reaches the hub and other stations like any guest edit.
 */
export function removeGuests(db: Db, ids: string[], now = new Date()): void {
  const remove = prepared(
    db,
    `UPDATE guests SET removed_at = ?, updated_at = ${stampAfter('updated_at', '?')} WHERE id = ? AND removed_at IS NULL`,
  );
  for (const id of ids) remove.run(now.toISOString(), now.toISOString(), id);
  // A removed guest merges with nobody (guest-aliases.ts): a walk-in with their e-mail stands alone again.
  if (ids.length > 0) recomputeGuestAliases(db);
}

/** Puts a removed guest back on the list (they are in a newly imported file again). */
export function restoreGuest(db: Db, id: string): void {
  prepared(db, `UPDATE guests SET removed_at = NULL, updated_at = ${stampAfter('updated_at', '?')} WHERE id = ?`).run(
    new Date().toISOString(),
    id,
  );
  recomputeGuestAliases(db);
}

/** A handful: five hits and the on-screen keyboard fit on a 768 px high kiosk screen. */
const MAX_HITS = 5;
const CANDIDATES = 60;

/** A query word this long may carry one typo; a shorter one, one edit off, would match most short names. */
const TYPO_MIN_LENGTH = 5;

/**
 * Guests whose name contains every word of the query, diacritics and case ignored, best first:
 * a word that starts a name beats one found inside it. At most a handful, for a public screen.
 * Only when nobody matches, one typo is forgiven (typoTolerantSearch).
 */
export function searchGuests(db: Db, eventId: string, query: string): Guest[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0 || words.join('').length < 2) return [];
  const exact = exactSearch(db, eventId, words);
  return exact.length > 0 ? exact : typoTolerantSearch(db, eventId, words);
}

function exactSearch(db: Db, eventId: string, words: string[]): Guest[] {
  const longWords = words.filter((word) => word.length >= 3);
  // The trigram index answers words of three letters or more; shorter ones filter its candidates.
  const rows = (
    longWords.length > 0
      ? prepared(
          db,
          `SELECT g.search_text, ${GUEST_COLUMNS.split(', ')
            .map((c) => `g.${c}`)
            .join(', ')}
             FROM guest_search s JOIN guests g ON g.rowid = s.rowid
             WHERE guest_search MATCH ? AND g.event_id = ? AND ${LISTED} LIMIT ${CANDIDATES * 4}`,
        ).all(longWords.map((word) => `"${word}"`).join(' AND '), eventId)
      : prepared(
          db,
          `SELECT search_text, ${GUEST_COLUMNS} FROM guests
             WHERE event_id = ? AND ${LISTED} AND (search_text LIKE ? OR search_text LIKE ?) LIMIT ${CANDIDATES}`,
        ).all(eventId, `${words[0]}%`, `% ${words[0]}%`)
  ) as (GuestRow & { search_text: string })[];
  return rows
    .filter((row) => words.every((word) => row.search_text.includes(word)))
    .map((row) => ({ row, score: matchScore(row.search_text, words) }))
    .sort((a, b) => b.score - a.score || a.row.search_text.localeCompare(b.row.search_text))
    .slice(0, MAX_HITS)
    .map(({ row }) => toGuest(row));
}

/**
 * One edit (a letter wrong, missing, extra, or two swapped) in one word of five letters or more,
 * against a whole name word or the start of one ("johanson" finds Johansson, "johamss" too); every
 * other word as the exact search takes it. Public-safe as the exact search: the same handful at
 * most, and only for a query that already names someone but for one slip.
 */
function typoTolerantSearch(db: Db, eventId: string, words: string[]): Guest[] {
  const trigrams = [
    ...new Set(
      words
        .filter((word) => word.length >= TYPO_MIN_LENGTH)
        .flatMap((word) => Array.from({ length: word.length - 2 }, (_, i) => word.slice(i, i + 3))),
    ),
  ];
  if (trigrams.length === 0) return [];
  // One edit spoils at most three of a word's trigrams: the name shares the rest, and the names
  // sharing the most come first.
  const rows = prepared(
    db,
    `SELECT g.search_text, g.sort_key, ${GUEST_COLUMNS.split(', ')
      .map((c) => `g.${c}`)
      .join(', ')}
       FROM guest_search s JOIN guests g ON g.rowid = s.rowid
       WHERE guest_search MATCH ? AND g.event_id = ? AND ${LISTED} ORDER BY s.rank LIMIT ${CANDIDATES * 4}`,
  ).all(trigrams.map((trigram) => `"${trigram}"`).join(' OR '), eventId) as (GuestRow & {
    search_text: string;
    sort_key: string;
  })[];
  // In list order (the store's sort_key compares as bytes, as ORDER BY does).
  return rows
    .filter((row) => editsToMatch(row.search_text, words) <= 1)
    .sort((a, b) => (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : 0))
    .slice(0, MAX_HITS)
    .map((row) => toGuest(row));
}

/** How many edits the query words need to be found in the name: 0, 1, or more (2 stands for any more). */
function editsToMatch(searchText: string, words: string[]): number {
  const nameWords = searchText.split(' ');
  let edits = 0;
  for (const word of words) {
    if (searchText.includes(word)) continue;
    const oneOff =
      word.length >= TYPO_MIN_LENGTH &&
      nameWords.some((name) =>
        [name, name.slice(0, word.length - 1), name.slice(0, word.length), name.slice(0, word.length + 1)].some(
          (target) => target.length >= TYPO_MIN_LENGTH - 1 && editDistance(word, target) <= 1,
        ),
      );
    if (!oneOff) return 2;
    edits++;
  }
  return Math.min(edits, 2);
}

function matchScore(searchText: string, words: string[]): number {
  const nameWords = searchText.split(' ');
  return words.reduce(
    (score, word) => score + (nameWords.includes(word) ? 3 : nameWords.some((w) => w.startsWith(word)) ? 2 : 0),
    0,
  );
}
