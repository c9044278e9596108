import type Database from 'better-sqlite3';

/**
 * Something built once per connection and kept while the connection lives: the hot paths' prepared
 * statements. Inside a transaction they run on the same connection, so they see and join its writes.
 */
export function perConnection<T>(build: (sqlite: Database.Database) => T): (sqlite: Database.Database) => T {
  const built = new WeakMap<Database.Database, T>();
  return (sqlite) => {
    let value = built.get(sqlite);
    if (value === undefined) {
      value = build(sqlite);
      built.set(sqlite, value);
    }
    return value;
  };
}
