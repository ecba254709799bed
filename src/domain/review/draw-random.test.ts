import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import { createDrawRandom, type Digest } from './draw-random';

// The platform passes SM3; tests use Node's, as the platform does.
const sm3: Digest = (input) => crypto.createHash('sm3').update(input, 'utf8').digest();

/** A digest returning the given 32-bit words, and recording what it was asked. */
function scripted(words: number[], inputs: string[] = []): Digest {
  return (input) => {
    inputs.push(input);
    const bytes = new Uint8Array(words.length * 4);
    const view = new DataView(bytes.buffer);
    words.forEach((w, i) => {
      view.setUint32(i * 4, w, false);
    });
    return bytes;
  };
}

describe('createDrawRandom', () => {
  it('reads the first block as big-endian words of digest("zhiping-draw-v1:seed:hash:0")', () => {
    const block = sm3('zhiping-draw-v1:种子-2025:abc123:0');
    const random = createDrawRandom('种子-2025', 'abc123', sm3);
    for (let i = 0; i < 8; i++) {
      const expected = new DataView(block.buffer, block.byteOffset).getUint32(i * 4, false);
      expect(random.nextInt(2 ** 32)).toBe(expected);
    }
  });

  it('moves to the next block by counter after the last word of a block', () => {
    const inputs: string[] = [];
    const random = createDrawRandom('s', 'h', scripted([1, 2], inputs));
    expect([random.nextInt(10), random.nextInt(10), random.nextInt(10)]).toEqual([1, 2, 1]);
    expect(inputs).toEqual(['zhiping-draw-v1:s:h:0', 'zhiping-draw-v1:s:h:1']);
  });

  it('rejects words at or above the largest multiple of n, so no result is favoured', () => {
    // 2^32 mod 3 = 1: the word 0xFFFFFFFF would make 0 slightly likelier, so it is skipped.
    const random = createDrawRandom('s', 'h', scripted([0xffffffff, 5]));
    expect(random.nextInt(3)).toBe(2);
  });

  it('replays the same stream for the same seed and hash (pinned: auditors depend on it)', () => {
    const draw = (seed: string, hash: string) => {
      const random = createDrawRandom(seed, hash, sm3);
      return Array.from({ length: 12 }, (_, i) => random.nextInt(10 + i));
    };
    expect(draw('2025-11-20', 'abc')).toEqual(draw('2025-11-20', 'abc'));
    expect(draw('2025-11-20', 'abc')).toEqual([8, 0, 6, 11, 13, 14, 5, 9, 6, 10, 10, 17]);
    expect(draw('2025-11-21', 'abc')).not.toEqual(draw('2025-11-20', 'abc'));
    expect(draw('2025-11-20', 'abd')).not.toEqual(draw('2025-11-20', 'abc'));
  });

  it('spreads results evenly', () => {
    const random = createDrawRandom('even', 'abc', sm3);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 6000; i++) counts[random.nextInt(6)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(850);
    for (const count of counts) expect(count).toBeLessThan(1150);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1, Number.NaN])('refuses the range %s', (n) => {
    expect(caughtAppError(() => createDrawRandom('s', 'h', sm3).nextInt(n)).code).toBe('DRAW_RANGE_INVALID');
  });

  it('refuses an empty seed and a pool hash that would make the input ambiguous', () => {
    expect(caughtAppError(() => createDrawRandom('', 'h', sm3)).code).toBe('DRAW_SEED_EMPTY');
    expect(caughtAppError(() => createDrawRandom('s', 'a:b', sm3)).code).toBe('DRAW_POOL_HASH_INVALID');
  });
});
