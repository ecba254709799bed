import { useMemo } from 'react';
import type { Page } from '../api/client';
import { type RequestState, useRequest } from './use-request';
import { type TableQuery, useTableQuery } from './use-table-query';

/** The page of a server-side list that a request asks for. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * A server-side list whose page, sort and filters live in the address bar, and the page loaded for them
 * (`P`: a page of rows, with whatever else the server answers alongside, e.g. an unread count).
 */
export type ServerList<K extends string, F, P extends Page<unknown>> = ReturnType<typeof useTableQuery<K>> & {
  /** The list's filters and sort as the API takes them; also what an export of the list should hold. */
  filters: F;
  list: RequestState<P>;
};

/**
 * Loads the page of a server-side list that the address bar asks for, and loads again when it changes.
 *
 * `toFilters` turns the address bar's text into the API's filters. Pass module-level functions: a new
 * `toFilters` each render would make new filters, and so a new request, each render.
 */
export function useServerList<K extends string, F, P extends Page<unknown>>(
  filterKeys: readonly K[],
  toFilters: (query: TableQuery<K>) => F,
  load: (request: F & PageRequest, signal: AbortSignal) => Promise<P>,
): ServerList<K, F, P> {
  const table = useTableQuery(filterKeys);
  const { query } = table;
  const filters = useMemo(() => toFilters(query), [toFilters, query]);
  const list = useRequest(
    (signal) => load({ ...filters, page: query.page, pageSize: query.pageSize }, signal),
    [filters, query.page, query.pageSize],
  );
  return { ...table, filters, list };
}

/**
 * The `toFilters` of a list whose address-bar filters are the API's own names and values (`q`,
 * `status`, `kind`, the sort): passed on as they are. The server checks each value against its
 * schema and answers 400 to one it does not know, so nothing is lost by not checking them here.
 */
export function plainFilters<F>(query: TableQuery<Extract<keyof F, string>>): F {
  return { ...query.filters, sort: query.sort } as F;
}
