// SQLite cannot change a table's constraints in place. This is its documented twelve-step procedure
// (https://www.sqlite.org/lang_altertable.html#otheralter): copy into a new table made from the rewritten
// CREATE statement, drop the old one, rename, and recreate the old table's indexes and triggers.
// Call it from a migration that declares `rebuildsTables`, so foreign keys are off while it runs.
import type { Db } from './database';

interface SchemaRow {
  sql: string;
}

/** Quotes a name read from the schema itself (never from input) as an SQL identifier. */
const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export function rebuildTable(db: Db, table: string, rewrite: (createSql: string) => string): void {
  const create = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) as
    SchemaRow | undefined;
  if (!create) throw new Error(`No table ${table} to rebuild.`);
  const dependents = db
    .prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL")
    .all(table) as SchemaRow[];
  const sequence = db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table) as
    { seq: number } | undefined;
  const columns = db.prepare('SELECT name, pk, type FROM pragma_table_info(?)').all(table) as ColumnInfo[];
  const names = columns.map((column) => quoted(column.name));
  // A table whose rowid is not one of its columns keeps its rowids too: the search index points at them.
  const copied = (hasRowidAlias(columns) ? names : ['rowid', ...names]).join(', ');

  const replacement = `${table}_rebuilt`;
  const rewritten = rewrite(create.sql);
  const renamed = rewritten.replace(/^CREATE TABLE\s+("?)[^\s("]+\1/i, `CREATE TABLE ${quoted(replacement)}`);
  if (renamed === rewritten) throw new Error(`Cannot read the CREATE statement of ${table}.`);

  // Renaming the legacy way touches only the renamed table, so triggers on other tables that name this
  // one (the sync outbox triggers, for one) keep pointing at it by name.
  const legacy = db.pragma('legacy_alter_table', { simple: true }) as number;
  db.pragma('legacy_alter_table = ON');
  try {
    db.exec(renamed);
    db.exec(`INSERT INTO ${quoted(replacement)} (${copied}) SELECT ${copied} FROM ${quoted(table)}`);
    db.exec(`DROP TABLE ${quoted(table)}`);
    db.exec(`ALTER TABLE ${quoted(replacement)} RENAME TO ${quoted(table)}`);
    for (const dependent of dependents) db.exec(dependent.sql);
    if (sequence) {
      db.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(table);
      db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table, sequence.seq);
    }
  } finally {
    db.pragma(`legacy_alter_table = ${legacy ? 'ON' : 'OFF'}`);
  }
}

interface ColumnInfo {
  name: string;
  pk: number;
  type: string;
}

/** True when an INTEGER PRIMARY KEY column is the rowid, so copying the columns copies the rowid. */
function hasRowidAlias(columns: ColumnInfo[]): boolean {
  const keys = columns.filter((column) => column.pk > 0);
  return keys.length === 1 && keys[0]!.type.toUpperCase() === 'INTEGER';
}

/**
 * A table's CREATE statement with one more value allowed in a CHECK written as comparisons:
 * `allowAlso(sql, "kind = 'a'", "kind = 'b'")` turns `kind = 'a'` into `kind = 'a' OR kind = 'b'`.
 * Throws when the statement lacks the comparison: the store then has a schema this migration does not know.
 */
export function allowAlso(createSql: string, existing: string, added: string): string {
  const allowed = createSql.replace(existing, `${existing} OR ${added}`);
  if (allowed === createSql) throw new Error(`Unexpected schema: no ${existing} to add ${added} to.`);
  return allowed;
}
