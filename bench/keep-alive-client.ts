import net from 'node:net';

export interface Reply {
  status: number;
  body: string;
}

/**
 * One kept-alive HTTP/1.1 connection for a load generator, one request at a time, as wrk
 * does it: the request is written as bytes and the reply read by its Content-Length. On a
 * two-core machine the load generator shares the CPU with the server and the database;
 * node:http cost about as much per request as the server's own work on a filing, and what
 * the generator burns the server cannot use. Replies without Content-Length (chunked) are
 * refused rather than misread.
 */
export class KeepAliveConnection {
  private readonly socket: net.Socket;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: { resolve(reply: Reply): void; reject(error: Error): void } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {
    this.socket = net.connect({ host, port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
      this.take();
    });
    const fail = (error: Error) => {
      this.waiting?.reject(error);
      this.waiting = null;
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail(new Error('连接已关闭')));
  }

  request(method: string, path: string, headers: Record<string, string>, body: Buffer): Promise<Reply> {
    if (this.waiting) return Promise.reject(new Error('上一个请求尚未完成'));
    const head = [
      `${method} ${path} HTTP/1.1`,
      `host: ${this.host}:${this.port}`,
      `content-length: ${body.length}`,
    ];
    for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`);
    return new Promise<Reply>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]));
    });
  }

  close() {
    this.socket.destroy();
  }

  /** Completes the waiting request once its whole reply has arrived. */
  private take() {
    const end = this.buffered.indexOf('\r\n\r\n');
    if (end < 0 || !this.waiting) return;
    const head = this.buffered.subarray(0, end).toString('latin1');
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) {
      this.waiting.reject(new Error(`回复没有 Content-Length（${head.split('\r\n')[0]}）`));
      this.waiting = null;
      return;
    }
    const size = Number(length[1]);
    if (this.buffered.length < end + 4 + size) return;
    const body = this.buffered.subarray(end + 4, end + 4 + size).toString('utf8');
    this.buffered = this.buffered.subarray(end + 4 + size);
    const { resolve } = this.waiting;
    this.waiting = null;
    resolve({ status, body });
  }
}
