import { type RequestState, useRequest } from './use-request';

/**
 * The record a drawer shows, by id: loaded when the id changes, nothing asked while the drawer is
 * closed (`null`). `data` is only ever the record of the current id — while the next one loads, a
 * finished load of the previous id is not shown as if it were this one.
 */
export function useRecord<T extends { id: string }>(
  id: string | null,
  fetch: (id: string, signal: AbortSignal) => Promise<T>,
): RequestState<T> {
  const detail = useRequest((signal) => (id ? fetch(id, signal) : Promise.resolve(undefined)), [id]);
  return { ...detail, data: detail.data?.id === id ? detail.data : undefined };
}
