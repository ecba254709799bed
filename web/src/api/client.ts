/**
 * The one way the web UI talks to the server: JSON over fetch with the session cookie.
 *
 * The session cookie is httpOnly, so the client never sees it; what it does hold is the CSRF token
 * the server hands out with login and `/auth/me`, which it echoes on every state-changing request.
 */

/** One problem with one input field, as the server names it. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A failed request, carrying the server's error JSON (or a Chinese description of a transport failure). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A page of a server-side list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type QueryValue = string | number | boolean | null | undefined;
/** A list repeats its key (`state=a&state=b`), the way the server reads a repeatable filter. */
export type Query = Record<string, QueryValue | readonly QueryValue[]>;

let csrfToken: string | null = null;

/** Remembers the token from the last login / me response; `null` after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header for a state-changing request sent other than through `request` (a posted download). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Why a session ended under an open page: it timed out, or a login elsewhere replaced it. */
export type SessionEnd = 'expired' | 'replaced';

/** The end the server named in a 401 (`SESSION_REPLACED`, or any other: timed out or gone). */
export function sessionEndOf(error: ApiError): SessionEnd {
  return error.code === 'SESSION_REPLACED' ? 'replaced' : 'expired';
}

/**
 * Called when the server answers 401 to an ordinary request (the session ended while the page was
 * open). The session layer replaces it; the default reloads into the login page.
 */
let onUnauthorized: (error: ApiError) => void = (error) => {
  redirectToLogin(sessionEndOf(error));
};

export function setUnauthorizedHandler(handler: (error: ApiError) => void): void {
  onUnauthorized = handler;
}

/** The login page's `expired` parameter: why the user is asked to log in again. */
export function expiredParam(end: SessionEnd): string {
  return end === 'replaced' ? 'replaced' : '1';
}

/** Sends the browser to the login page, remembering where it was so login can come back. */
export function redirectToLogin(end: SessionEnd = 'expired'): void {
  const { pathname, search } = window.location;
  if (pathname === '/login') return;
  const back = encodeURIComponent(pathname + search);
  window.location.assign(`/login?expired=${expiredParam(end)}&redirect=${back}`);
}

/** Builds `path?a=1&b=2`, leaving out empty values so the server sees only the filters in use. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, entry] of Object.entries(query)) {
    const values: readonly QueryValue[] = Array.isArray(entry) ? entry : [entry as QueryValue];
    for (const value of values) {
      if (value === undefined || value === null || value === '') continue;
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Whether a 401 means "session expired, go to login". Login and the initial `me` probe turn it off:
   * for them a 401 is an answer, not an interruption.
   */
  redirectOn401?: boolean;
  /** Extra request headers, e.g. the `Idempotency-Key` of a filing. */
  headers?: Record<string, string>;
}

/** Sends one request; resolves with the parsed JSON (or `undefined` for 204), rejects with `ApiError`. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }

  if (!response.ok) {
    const error = await readError(response);
    if (response.status === 401 && options.redirectOn401 !== false) onUnauthorized(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Turns an error response into `ApiError`, tolerating bodies that are not our error JSON (e.g. a proxy page). */
export async function readError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: FieldProblem[] };
    };
    if (body.error?.message) {
      return new ApiError(
        response.status,
        body.error.code ?? 'ERROR',
        body.error.message,
        Array.isArray(body.error.details) ? body.error.details : [],
      );
    }
  } catch {
    // Not JSON: fall through to a generic message naming the status.
  }
  return new ApiError(response.status, `HTTP_${response.status}`, describeStatus(response.status));
}

function describeStatus(status: number): string {
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '没有权限执行此操作';
  if (status === 404) return '请求的资源不存在';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return `服务器暂时无法处理请求（HTTP ${status}），请稍后重试`;
  return `请求失败（HTTP ${status}）`;
}

export interface UploadOptions {
  query?: Query;
  signal?: AbortSignal;
  /** Called with 0–100 as the request body goes out. */
  onProgress?: (percent: number) => void;
}

/**
 * Posts a `multipart/form-data` body and resolves with the parsed JSON answer, rejecting with `ApiError`
 * like `request`. It uses XMLHttpRequest because fetch cannot report upload progress. The content-type
 * header is left to the browser, which adds the multipart boundary to it.
 */
export function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(path, options.query));
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        options.onProgress?.(Math.min(100, Math.round((event.loaded / event.total) * 100)));
      }
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(new ApiError(xhr.status, 'INVALID_RESPONSE', '服务器返回的内容无法识别，请稍后重试'));
        }
        return;
      }
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'text/plain' },
      });
      void readError(response).then((error) => {
        if (xhr.status === 401) onUnauthorized(error);
        reject(error);
      });
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试'));
    xhr.onabort = () => reject(new DOMException('上传已取消', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

export const http = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

/** The user-facing text for any error thrown by a request or by code around it. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return '操作失败，请稍后重试';
}
