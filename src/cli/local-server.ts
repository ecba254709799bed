import { dataDirOwner } from '../db/data-dir-lock';
import { AppError, type ErrorKind, type FieldProblem } from '../domain/errors';
import type { AppConfig } from '../platform/config';

/** The server that holds the embedded database, as the CLI talks to it. */
export interface LocalServer {
  pid: number;
  port: number;
  get<T>(path: string): Promise<T>;
  post<T>(path: string): Promise<T>;
  /** Sends `body` as application/octet-stream and yields the answer's lines (NDJSON) as they come. */
  postLines(path: string, body: Uint8Array<ArrayBuffer>): AsyncGenerator<unknown>;
  /** Posts and yields the answer's bytes as they come (a file the server streams). */
  postForBytes(path: string): AsyncGenerator<Uint8Array>;
}

const KIND_OF_STATUS: Record<number, ErrorKind> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-large',
  422: 'unprocessable',
  423: 'locked',
  429: 'rate-limited',
};

/**
 * The running server to ask instead of opening the embedded database (PGlite belongs to one
 * process), or null when the CLI may open the database itself: on PostgreSQL, or when no live
 * process holds the data directory. A holder that serves no port (another CLI command, or a
 * server still starting) cannot be asked, and the command says so rather than wait.
 */
export function localServer(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): LocalServer | null {
  if (config.databaseUrl) return null;
  const owner = dataDirOwner(config.dataDir);
  if (!owner) return null;
  const { pid, port, operatorToken } = owner;
  if (!port)
    throw new AppError(
      'conflict',
      'DATA_DIR_BUSY',
      `数据目录 ${config.dataDir} 正被进程 ${pid} 使用，且该进程不提供服务（另一条命令正在运行，或服务尚在启动）：请稍后重试`,
    );
  const send = async (
    method: 'GET' | 'POST',
    path: string,
    body?: Uint8Array<ArrayBuffer>,
  ): Promise<Response> => {
    try {
      return await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: {
          ...(operatorToken ? { authorization: `Bearer ${operatorToken}` } : {}),
          ...(body ? { 'content-type': 'application/octet-stream' } : {}),
        },
        body,
      });
    } catch {
      throw new Error(`数据目录由进程 ${pid} 的服务持有，但无法连接其端口 ${port}：请检查该服务是否正常运行`);
    }
  };
  const request = async <T>(method: 'GET' | 'POST', path: string): Promise<T> => {
    const response = await send(method, path);
    const body = (await response.json().catch(() => null)) as T | null;
    if (response.ok && body) return body;
    throw failure(response, body);
  };
  const failure = (response: Response, body: unknown): Error => {
    if (response.status === 401)
      return new AppError(
        'unauthenticated',
        'OPERATOR_TOKEN_REJECTED',
        `运行中的服务（进程 ${pid}）未接受本机运维令牌：该服务可能是旧版本，请重启服务后重试`,
      );
    const error = (body as { error?: { code: string; message: string; details?: FieldProblem[] } } | null)
      ?.error;
    if (response.status >= 500)
      return new Error(error?.message ?? `运行中的服务出错（HTTP ${response.status}）`);
    return new AppError(
      KIND_OF_STATUS[response.status] ?? 'conflict',
      error?.code ?? 'SERVER_ERROR',
      error?.message ?? `运行中的服务返回错误（HTTP ${response.status}）`,
      error?.details ?? [],
    );
  };
  async function* postLines(path: string, body: Uint8Array<ArrayBuffer>): AsyncGenerator<unknown> {
    const response = await send('POST', path, body);
    if (!response.ok || !response.body) throw failure(response, await response.json().catch(() => null));
    const decoder = new TextDecoder();
    let pending = '';
    for await (const chunk of response.body) {
      pending += decoder.decode(chunk as Uint8Array, { stream: true });
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) yield JSON.parse(line);
    }
    if (pending.trim()) yield JSON.parse(pending);
  }
  async function* postForBytes(path: string): AsyncGenerator<Uint8Array> {
    const response = await send('POST', path);
    if (!response.ok || !response.body) throw failure(response, await response.json().catch(() => null));
    for await (const chunk of response.body) yield chunk as Uint8Array;
  }
  return {
    pid,
    port,
    get: (path) => request('GET', path),
    post: (path) => request('POST', path),
    postLines,
    postForBytes,
  };
}
