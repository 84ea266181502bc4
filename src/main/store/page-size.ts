// The page size of every SQLite file Entré creates: a station's store and the hub's database.

/**
 * 16 KiB instead of SQLite's 4 KiB: an import of 100,000 guests and a hub storing 100,000 check-ins
 * touch a quarter as many pages, and measured a fifth and an eighth faster; a check-in at the door
 * writes bigger pages and takes about 2 ms instead of 1 (docs/performance.md, "sixth pass"). Only a new
 * file takes it: SQLite ignores it for a file already written, which keeps the page size it has.
 */
export const PAGE_SIZE_OF_NEW_FILES = 16_384;
