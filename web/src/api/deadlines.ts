import { api, call, type PageQuery, type Schemas } from './client';

type Wire<T> = Omit<T, 'id'> & { id: string };

/** A stored deadline as the server lists it; `id` is the server's number as text, the table's row key. */
export type DeadlineRow = Wire<Schemas['DeadlineRow']>;

/** pending 待处理 (not due, or due and being retried), failed 已失败 (given up), done 已完成 (or cancelled). */
export type DeadlineStatus = DeadlineRow['status'];

export type DeadlinePage = Omit<Schemas['DeadlinePage'], 'items'> & { items: DeadlineRow[] };

export async function listDeadlines(
  query: PageQuery<{ status: DeadlineStatus }>,
  signal?: AbortSignal,
): Promise<DeadlinePage> {
  const page = await call(api.GET('/api/v1/admin/deadlines', { params: { query }, signal }));
  return { ...page, items: page.items.map((row) => ({ ...row, id: String(row.id) })) };
}

/** Gives a failed deadline back to the background job with a fresh set of attempts. */
export async function retryDeadline(id: string): Promise<DeadlineRow> {
  const row = await call(
    api.POST('/api/v1/admin/deadlines/{id}/retry', { params: { path: { id: Number(id) } } }),
  );
  return { ...row, id: String(row.id) };
}
