import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTar, TarFormatError, TarWriter, tarHeader } from './tar-archive';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-tar-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function entriesOf(file: string) {
  const out: { name: string; content: Buffer }[] = [];
  for await (const entry of readTar(fs.createReadStream(file))) {
    if (entry.kind !== 'file') continue;
    const pieces: Buffer[] = [];
    for await (const piece of entry.body()) pieces.push(piece);
    out.push({ name: entry.name, content: Buffer.concat(pieces) });
  }
  return out;
}

const longName = `attachments/${'子目录/'.repeat(12)}${'f'.repeat(64)}`;

async function writeArchive(file: string, big: Buffer) {
  const source = path.join(dir, 'big.bin');
  fs.writeFileSync(source, big);
  const writer = new TarWriter(fs.createWriteStream(file));
  await writer.addBuffer('zhiping-backup.json', Buffer.from('{"清单":1}'));
  await writer.addFile('database/zhiping.dump', source);
  await writer.addBuffer(longName, Buffer.alloc(0));
  await writer.finish();
  return writer.bytes;
}

describe('the backup archive (ustar)', () => {
  it('is read back entry by entry, and by the system tar', async () => {
    const file = path.join(dir, 'a.tar');
    const big = crypto.randomBytes(700_001);
    const bytes = await writeArchive(file, big);
    expect(fs.statSync(file).size).toBe(bytes);
    expect(bytes % 512).toBe(0);
    const entries = await entriesOf(file);
    expect(entries.map((e) => e.name)).toEqual(['zhiping-backup.json', 'database/zhiping.dump', longName]);
    expect(entries[0]!.content.toString()).toBe('{"清单":1}');
    expect(entries[1]!.content.equals(big)).toBe(true);

    const listed = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(['zhiping-backup.json', 'database/zhiping.dump', longName]);
    const extracted = path.join(dir, 'x');
    fs.mkdirSync(extracted);
    execFileSync('tar', ['-xf', file, '-C', extracted]);
    expect(fs.readFileSync(path.join(extracted, 'database/zhiping.dump')).equals(big)).toBe(true);
  });

  it('reads what the system tar writes in ustar format', async () => {
    const source = path.join(dir, 'src');
    fs.mkdirSync(path.join(source, 'attachments'), { recursive: true });
    fs.writeFileSync(path.join(source, 'attachments', '附件.pdf'), 'PDF');
    const file = path.join(dir, 'system.tar');
    execFileSync('tar', ['--format=ustar', '-cf', file, '-C', source, 'attachments']);
    const entries = await entriesOf(file);
    expect(entries).toEqual([{ name: 'attachments/附件.pdf', content: Buffer.from('PDF') }]);
  });

  it('skips what a reader leaves unread, so the next entry starts where it should', async () => {
    const file = path.join(dir, 'skip.tar');
    await writeArchive(file, crypto.randomBytes(300_000));
    const names: string[] = [];
    for await (const entry of readTar(fs.createReadStream(file, { highWaterMark: 1000 }))) {
      names.push(entry.name);
      if (entry.name === 'database/zhiping.dump') for await (const _ of entry.body()) break;
    }
    expect(names).toEqual(['zhiping-backup.json', 'database/zhiping.dump', longName]);
  });

  it('refuses an archive cut short, or one that is not tar at all', async () => {
    const file = path.join(dir, 'whole.tar');
    await writeArchive(file, crypto.randomBytes(10_000));
    const whole = fs.readFileSync(file);
    for (const cut of [whole.length - 1024, 5000, 700]) {
      const truncated = path.join(dir, `cut-${cut}.tar`);
      fs.writeFileSync(truncated, whole.subarray(0, cut));
      await expect(entriesOf(truncated)).rejects.toThrow(/不完整/);
    }
    const notTar = path.join(dir, 'not.tar');
    fs.writeFileSync(notTar, Buffer.alloc(2048, 'x'));
    await expect(entriesOf(notTar)).rejects.toThrow(TarFormatError);
  });

  it('writes sizes beyond 8 GiB in the base-256 form tar reads', () => {
    const size = 9 * 1024 ** 3 + 7;
    const header = tarHeader({ name: 'database/zhiping.dump', size, mode: 0o600, mtime: new Date(0) });
    expect(header[124]).toBe(0x80);
    expect(header.readBigUInt64BE(128)).toBe(BigInt(size));
    // The header is well formed: GNU tar lists it with its size (then reports the missing data).
    const file = path.join(dir, 'huge-header.tar');
    fs.writeFileSync(file, header);
    let listing = '';
    try {
      listing = execFileSync('tar', ['-tvf', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      listing = String((error as { stdout?: string }).stdout ?? '');
    }
    expect(listing).toContain(String(size));
  });
});
