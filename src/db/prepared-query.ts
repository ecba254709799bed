import type { Db } from './client';

/**
 * A query the ORM builds and prepares once per database handle, for the lookups every
 * request or batch of filings makes. Otherwise the ORM rebuilds its SQL on every call (for a
 * select of thirty columns that cost more than the database spent answering), and the
 * server parses and plans it again. `build` returns the ORM's prepared query, its values
 * given as placeholders (see anyOfPlaceholder).
 */
export function preparedQuery<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byHandle = new WeakMap<Db, Q>();
  return (db) => {
    let query = byHandle.get(db);
    if (query === undefined) {
      query = build(db);
      byHandle.set(db, query);
    }
    return query;
  };
}
