import fs from 'node:fs';
import type { Writable } from 'node:stream';

/**
 * A streaming tar (POSIX ustar) writer and reader for backups: a database dump and tens of
 * thousands of attachment files go into one archive without holding it in memory, and any
 * `tar` reads the result (`tar -tvf backup.tar`). Written here rather than taken from a
 * package: the only tar library in node_modules is a transitive one (tar-stream 2, through
 * exceljs) with no types, and the format needs a hundred lines. Sizes above ustar's 8 GiB are
 * written in GNU tar's base-256 form, which GNU and BSD tar read; names longer than 100 bytes
 * use the ustar prefix field.
 */

const BLOCK = 512;
const MAX_OCTAL_SIZE = 8 ** 11 - 1;

/** Why an archive cannot be read: a message for the operator. */
export class TarFormatError extends Error {}

function writeString(header: Buffer, value: string, offset: number, length: number) {
  header.write(value, offset, length, 'utf8');
}

function writeOctal(header: Buffer, value: number, offset: number, length: number) {
  writeString(header, `${value.toString(8).padStart(length - 1, '0')}\0`, offset, length);
}

/** The name as ustar stores it: up to 100 bytes, or a prefix of up to 155 cut at a slash. */
function splitName(name: string): { prefix: string; name: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', name };
  for (let cut = name.indexOf('/'); cut > 0; cut = name.indexOf('/', cut + 1)) {
    const prefix = name.slice(0, cut);
    const rest = name.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { prefix, name: rest };
  }
  throw new TarFormatError(`归档条目名过长：${name}`);
}

/** One 512-byte ustar header for a regular file, or a directory (`type` '5', no content). */
export function tarHeader(entry: {
  name: string;
  size: number;
  mode: number;
  mtime: Date;
  type?: '0' | '5';
}): Buffer {
  const header = Buffer.alloc(BLOCK);
  const { prefix, name } = splitName(entry.name);
  writeString(header, name, 0, 100);
  writeOctal(header, entry.mode & 0o7777, 100, 8);
  writeOctal(header, 0, 108, 8);
  writeOctal(header, 0, 116, 8);
  if (entry.size <= MAX_OCTAL_SIZE) writeOctal(header, entry.size, 124, 12);
  else {
    // GNU base-256: the top bit of the first byte marks a big-endian binary number.
    header[124] = 0x80;
    let rest = BigInt(entry.size);
    for (let i = 135; i > 124; i--) {
      header[i] = Number(rest & 0xffn);
      rest >>= 8n;
    }
  }
  writeOctal(header, Math.floor(entry.mtime.getTime() / 1000), 136, 12);
  header.fill(0x20, 148, 156);
  header[156] = (entry.type ?? '0').charCodeAt(0);
  writeString(header, 'ustar\0', 257, 6);
  writeString(header, '00', 263, 2);
  writeString(header, prefix, 345, 155);
  let sum = 0;
  for (const byte of header) sum += byte;
  writeString(header, `${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return header;
}

function readSize(header: Buffer): number {
  if ((header[124]! & 0x80) !== 0) {
    let value = 0n;
    for (let i = 125; i < 136; i++) value = (value << 8n) | BigInt(header[i]!);
    return Number(value);
  }
  return readOctal(header, 124, 12);
}

function readOctal(header: Buffer, offset: number, length: number): number {
  const text = header
    .toString('latin1', offset, offset + length)
    .replace(/[\0 ]+$/, '')
    .trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

function readString(header: Buffer, offset: number, length: number): string {
  const end = header.indexOf(0, offset);
  return header.toString('utf8', offset, end < 0 || end > offset + length ? offset + length : end);
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

/** Writes entries one after another into `out`, waiting whenever `out` asks to (backpressure). */
export class TarWriter {
  /** Bytes written so far, for progress reports. */
  bytes = 0;

  constructor(private readonly out: Writable) {}

  /** Adds a directory (an empty one would otherwise be lost: a database needs some). */
  async addDirectory(name: string, mode = 0o700): Promise<void> {
    await this.write(tarHeader({ name: `${name}/`, size: 0, mode, mtime: new Date(), type: '5' }));
  }

  /** Adds an entry whose content is in memory. */
  async addBuffer(name: string, content: Buffer, mode = 0o600): Promise<void> {
    await this.write(tarHeader({ name, size: content.length, mode, mtime: new Date() }));
    await this.write(content);
    await this.write(Buffer.alloc(padding(content.length)));
  }

  /**
   * Adds a file from disk under `name`, streaming it. The file must keep the size it has when
   * the entry starts (backups copy files nobody writes to at that moment).
   */
  async addFile(name: string, file: string): Promise<number> {
    const stat = await fs.promises.stat(file);
    await this.write(tarHeader({ name, size: stat.size, mode: 0o600, mtime: stat.mtime }));
    let copied = 0;
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) {
      const piece = chunk as Buffer;
      if (copied + piece.length > stat.size) throw new Error(`文件 ${file} 在复制过程中变大了`);
      copied += piece.length;
      await this.write(piece);
    }
    if (copied !== stat.size) throw new Error(`文件 ${file} 在复制过程中变小了`);
    await this.write(Buffer.alloc(padding(stat.size)));
    return stat.size;
  }

  /** Ends the archive (two empty blocks) and the output stream. */
  async finish(): Promise<void> {
    await this.write(Buffer.alloc(2 * BLOCK));
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
  }

  private write(chunk: Buffer): Promise<void> {
    if (chunk.length === 0) return Promise.resolve();
    this.bytes += chunk.length;
    if (this.out.destroyed) return Promise.reject(new Error('备份输出已关闭'));
    if (this.out.write(chunk)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        this.out.off('drain', done);
        this.out.off('close', closed);
        this.out.off('error', done);
        if (error) reject(error);
        else resolve();
      };
      const closed = () => done(new Error('备份输出已关闭'));
      this.out.once('drain', done);
      this.out.once('close', closed);
      this.out.once('error', done);
    });
  }
}

/** An entry being read: its content must be consumed (or skipped by moving on) before the next. */
export interface TarEntry {
  name: string;
  size: number;
  kind: 'file' | 'directory';
  body(): AsyncGenerator<Buffer>;
}

/** Reads exact byte counts from a stream of chunks. */
class ChunkReader {
  private pending: Buffer = Buffer.alloc(0);
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(input: AsyncIterable<Buffer>) {
    this.chunks = input[Symbol.asyncIterator]();
  }

  /** Lets go of the input (a file stream is closed) when reading stops early. */
  async close(): Promise<void> {
    await this.chunks.return?.();
  }

  /** The next `n` bytes, or null at a clean end before any of them. */
  async exactly(n: number): Promise<Buffer | null> {
    while (this.pending.length < n) {
      const next = await this.chunks.next();
      if (next.done) {
        if (this.pending.length === 0) return null;
        throw new TarFormatError('备份文件不完整（在条目中间结束），可能未写完或已损坏');
      }
      this.pending = this.pending.length ? Buffer.concat([this.pending, next.value]) : next.value;
    }
    const out = this.pending.subarray(0, n);
    this.pending = this.pending.subarray(n);
    return out;
  }

  /** Up to `n` bytes in the pieces they arrive in. */
  async *take(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.pending.length === 0) {
        const next = await this.chunks.next();
        if (next.done) throw new TarFormatError('备份文件不完整（在条目中间结束），可能未写完或已损坏');
        this.pending = next.value;
      }
      const piece = this.pending.subarray(0, Math.min(left, this.pending.length));
      this.pending = this.pending.subarray(piece.length);
      left -= piece.length;
      yield piece;
    }
  }
}

/**
 * The entries of a ustar archive, in order. Ends at the end-of-archive blocks; an archive
 * that stops before them, or a header whose checksum is wrong, is refused.
 */
export async function* readTar(input: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ChunkReader(input);
  try {
    for (;;) {
      const header = await reader.exactly(BLOCK);
      if (!header) throw new TarFormatError('备份文件不完整（缺少归档结束标记），可能未写完');
      if (header.every((byte) => byte === 0)) return;
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
      if (sum !== readOctal(header, 148, 8))
        throw new TarFormatError('不是有效的备份文件（tar 条目头校验失败）');
      const type = String.fromCharCode(header[156]!);
      const prefix = readString(header, 345, 155);
      const fullName = prefix ? `${prefix}/${readString(header, 0, 100)}` : readString(header, 0, 100);
      // A directory's name ends with a slash in the archive; entries are named without it.
      const name = fullName.replace(/\/+$/, '');
      const size = readSize(header);
      if (type !== '0' && type !== '\0' && type !== '5')
        throw new TarFormatError(`备份文件中有不支持的条目类型「${type}」（${name}）`);
      let left = size;
      let started = false;
      const body = async function* () {
        if (started) throw new Error(`条目 ${name} 的内容已读过`);
        started = true;
        for await (const piece of reader.take(left)) {
          left -= piece.length;
          yield piece;
        }
      };
      yield { name, size, kind: type === '5' ? 'directory' : 'file', body };
      // Whatever the consumer left unread is skipped, so the next header is where it should be.
      for await (const _ of reader.take(left));
      await reader.exactly(padding(size));
    }
  } finally {
    await reader.close();
  }
}
