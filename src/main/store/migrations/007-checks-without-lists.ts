import type { Migration } from './index';
import { rebuildTable } from '../rebuild-table';

/**
 * SQLite evaluates `CHECK (x IN ('a', 'b', 'c'))` by building a temporary b-tree of the list for every
 * statement that writes the row (lists of three or more), which doubled the cost of each guest insert
 * and each outbox entry. The same checks written as comparisons cost next to nothing.
 */
export const checksWithoutLists: Migration = {
  version: 7,
  name: 'checks-without-lists',
  rebuildsTables: true,
  up(db) {
    for (const table of ['guests', 'sync_outbox', 'print_jobs', 'staff_log']) {
      rebuildTable(db, table, listChecksAsComparisons);
    }
  },
};

/** `kind IN ('a', 'b')` becomes `(kind = 'a' OR kind = 'b')`; lists of quoted constants only. */
export function listChecksAsComparisons(createSql: string): string {
  return createSql.replace(/(\w+) IN \(('[^']*'(?:\s*,\s*'[^']*')*)\)/g, (_whole, column: string, list: string) => {
    const values = list.split(',').map((value) => value.trim());
    return `(${values.map((value) => `${column} = ${value}`).join(' OR ')})`;
  });
}
