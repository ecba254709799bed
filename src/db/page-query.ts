import type { PgSelect } from 'drizzle-orm/pg-core';

/** Where one page of a list starts and how many rows it holds (page and size, in SQL's terms). */
export interface PageWindow {
  limit: number;
  offset: number;
}

/**
 * One page of a list and how many rows its filter matches in all, read at once: `rows` is the
 * list's query, filtered and ordered (`.$dynamic()`, so the page's window can be put on it);
 * `matching` counts the same filter (usually `db.$count(table, where)`).
 */
export async function pageOf<Q extends PgSelect>(rows: Q, window: PageWindow, matching: Promise<number>) {
  const [items, total] = await Promise.all([rows.limit(window.limit).offset(window.offset), matching]);
  return { items: items as Awaited<Q>, total };
}
