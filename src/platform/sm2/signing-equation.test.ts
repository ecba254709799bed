import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { N } from './curve';
import { blindedInverse, createSigningEquation } from './signing-equation';

/** a^e mod n by square-and-multiply: an inverse by Fermat, independent of the code under test. */
function power(a: bigint, e: bigint): bigint {
  let result = 1n;
  let base = a % N;
  for (let bits = e; bits > 0n; bits >>= 1n) {
    if (bits & 1n) result = (result * base) % N;
    base = (base * base) % N;
  }
  return result;
}

/** GB/T 32918.2 A5 as written: s = (1 + d)⁻¹ · (k − r·d) mod n. */
const plainSigningScalar = (d: bigint, k: bigint, r: bigint) =>
  (power(1n + d, N - 2n) * ((((k - r * d) % N) + N) % N)) % N;

const scalar = (max: bigint) => fc.bigInt({ min: 1n, max });

describe('the blinded signing equation', () => {
  it('gives s = (1 + d)⁻¹ · (k − r·d) mod n for any key, nonce and r', () => {
    fc.assert(
      fc.property(
        scalar(N - 2n),
        fc.array(fc.tuple(scalar(N - 1n), scalar(N - 1n)), { minLength: 1, maxLength: 4 }),
        (d, pairs) => {
          const signingScalar = createSigningEquation(d);
          for (const [k, r] of pairs) expect(signingScalar(k, r)).toBe(plainSigningScalar(d, k, r));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stays right across many signatures, as its masks are squared and renewed', () => {
    const d = N / 3n;
    const signingScalar = createSigningEquation(d);
    for (let i = 1n; i <= 100n; i++) {
      const [k, r] = [((N / 5n) * i) % N, (N / 7n + i * i) % N];
      const s = signingScalar(k, r);
      expect(s).toBe(plainSigningScalar(d, k, r));
      // s·(1 + d) ≡ k − r·d: the equation a verifier relies on.
      expect((s * (1n + d)) % N).toBe((((k - r * d) % N) + N) % N);
    }
  });

  it('holds at the edges: d = 1 and n − 2, k and r at 1 and n − 1, and s = 0 when k = r·d', () => {
    for (const d of [1n, 2n, N - 2n]) {
      const signingScalar = createSigningEquation(d);
      for (const [k, r] of [
        [1n, 1n],
        [N - 1n, N - 1n],
        [1n, N - 1n],
        [(5n * d) % N, 5n],
      ] as const) {
        expect(signingScalar(k, r)).toBe(plainSigningScalar(d, k, r));
      }
    }
    expect(createSigningEquation(7n)(35n, 5n)).toBe(0n);
  });
});

describe('the blinded inverse', () => {
  it('inverts mod n, and refuses 0', () => {
    for (const x of [1n, 2n, N - 1n, N / 3n]) expect(blindedInverse(x)).toBe(power(x, N - 2n));
    expect(() => blindedInverse(0n)).toThrow();
  });
});
