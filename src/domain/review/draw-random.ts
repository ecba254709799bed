import { AppError } from '../errors';

/**
 * A hash function over UTF-8 text. The platform passes SM3 (32 bytes); the domain stays
 * free of I/O and of any crypto library by receiving it.
 */
export type Digest = (input: string) => Uint8Array;

/** Integers drawn from a public, replayable stream. */
export interface DrawRandom {
  /** A uniform integer in [0, n) for an integer 1 ≤ n ≤ 2³², without modulo bias. */
  nextInt(n: number): number;
}

/** Domain-separation prefix: bumped if the construction ever changes, so old draws stay replayable. */
export const DRAW_RANDOM_VERSION = 'zhiping-draw-v1';

const TWO_POW_32 = 0x1_0000_0000;

/**
 * The random stream of one draw, derived only from public inputs so that any auditor can
 * replay it: the seed published at the draw and the hash of the pool snapshot published
 * before it (so neither side can be tuned to the other).
 *
 * Construction (counter mode): block k = digest(`zhiping-draw-v1:${seed}:${poolHash}:${k}`)
 * for k = 0, 1, 2, …; each block is read as consecutive big-endian unsigned 32-bit words
 * (trailing bytes that do not fill a word are ignored); the words are consumed in order.
 * `nextInt(n)` takes the next word w and returns w mod n if w < ⌊2³²/n⌋·n; otherwise it
 * discards w and takes the next word (rejection sampling, so every result is equally likely).
 *
 * The pool hash is hex and may not contain ':' — that keeps the digest input unambiguous.
 */
export function createDrawRandom(seed: string, poolHash: string, digest: Digest): DrawRandom {
  if (seed.length === 0) throw new AppError('invalid', 'DRAW_SEED_EMPTY', '抽取种子不能为空');
  if (poolHash.length === 0 || poolHash.includes(':')) {
    throw new AppError('invalid', 'DRAW_POOL_HASH_INVALID', '专家库快照摘要格式不正确');
  }
  return new CounterModeRandom(`${DRAW_RANDOM_VERSION}:${seed}:${poolHash}:`, digest);
}

// A class rather than closures: every draw then runs the same optimised code.
class CounterModeRandom implements DrawRandom {
  private counter = 0;
  private block: Uint8Array = new Uint8Array(0);
  private offset = 0;

  constructor(
    private readonly prefix: string,
    private readonly digest: Digest,
  ) {}

  nextInt(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
      throw new AppError('invalid', 'DRAW_RANGE_INVALID', `抽取范围必须是1至2^32之间的整数，收到${n}`);
    }
    // The largest multiple of n that fits in 32 bits; words at or above it would favour small results.
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    for (;;) {
      const word = this.nextWord();
      if (word < limit) return word % n;
    }
  }

  private nextWord(): number {
    if (this.offset + 4 > this.block.length) {
      this.block = this.digest(`${this.prefix}${this.counter}`);
      this.counter += 1;
      this.offset = 0;
      if (this.block.length < 4) {
        throw new AppError('invalid', 'DRAW_DIGEST_TOO_SHORT', '摘要函数输出不足4字节，无法用于抽取');
      }
    }
    const b = this.block;
    const i = this.offset;
    this.offset += 4;
    return ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
  }
}
