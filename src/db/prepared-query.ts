import type { Db } from './client';

/**
 * A query the ORM builds once per database handle, for the lookups every request or batch of
 * filings makes: otherwise the ORM rebuilds its SQL on every call, and for a select of thirty
 * columns that cost more than the database spent answering. `build` returns the ORM's query
 * with its values as placeholders (see anyOfPlaceholder); it is run as an unnamed statement,
 * so the server plans it afresh with each call's values.
 *
 * Not a named (server-side) prepared statement: a connection keeps a named statement's generic
 * plan for as long as it lives, and a plan made while a table was nearly empty (applications
 * at the start of a season) reads the whole table for every batch once it has grown. Planning
 * these small selects costs the server a fraction of a millisecond a batch.
 */
export function preparedQuery<Q>(build: (db: Db) => { prepare(name: string): Q }): (db: Db) => Q {
  const byHandle = new WeakMap<Db, Q>();
  return (db) => {
    let query = byHandle.get(db);
    if (query === undefined) {
      // The empty name is the protocol's unnamed statement: parsed and planned on every run.
      query = build(db).prepare('');
      byHandle.set(db, query);
    }
    return query;
  };
}
