import { ApiError, csrfHeaders, type Query, readError, withQuery } from './client';

/**
 * Downloads a server-generated file (the Excel exports) through fetch rather than a plain link, so a
 * refused export (403, expired session) shows the server's message instead of a broken file.
 */
export async function downloadFile(
  path: string,
  query: Query,
  fallbackName: string,
  /** Posted as JSON when given: a file made from what the page holds (an import's report). */
  body?: unknown,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(
      withQuery(path, query),
      body === undefined
        ? { credentials: 'same-origin' }
        : {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'content-type': 'application/json', ...csrfHeaders() },
            body: JSON.stringify(body),
          },
    );
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
  if (!response.ok) throw await readError(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads the file name from `Content-Disposition`, preferring the UTF-8 form that carries Chinese names. */
export function fileNameFrom(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // Malformed encoding: fall back to the plain name below.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1];
  return plain?.trim() || null;
}
