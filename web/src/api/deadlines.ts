import { http, type Page } from './client';

/** pending 待处理 (not due, or due and being retried), failed 已失败 (given up), done 已完成 (or cancelled). */
export type DeadlineStatus = 'pending' | 'failed' | 'done';

/** A stored deadline as the server lists it; `id` is the server's number as text, the table's row key. */
export interface DeadlineRow {
  id: string;
  kind: string;
  kindName: string;
  status: DeadlineStatus;
  dueOn: string;
  subjectId: string;
  subject: string | null;
  attempts: number;
  lastError: string | null;
  failedAt: string | null;
  processedAt: string | null;
  createdAt: string;
}

export type DeadlinePage = Page<DeadlineRow> & { counts: Record<DeadlineStatus, number> };

type Wire<T> = Omit<T, 'id'> & { id: number };

const path = '/api/v1/admin/deadlines';

export async function listDeadlines(
  query: { status: DeadlineStatus; page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<DeadlinePage> {
  const page = await http.get<Omit<DeadlinePage, 'items'> & { items: Wire<DeadlineRow>[] }>(path, {
    query: { ...query },
    signal,
  });
  return { ...page, items: page.items.map((row) => ({ ...row, id: String(row.id) })) };
}

/** Gives a failed deadline back to the background job with a fresh set of attempts. */
export async function retryDeadline(id: string): Promise<DeadlineRow> {
  const row = await http.post<Wire<DeadlineRow>>(`${path}/${encodeURIComponent(id)}/retry`);
  return { ...row, id: String(row.id) };
}
