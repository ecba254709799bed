/**
 * Step A5 of GB/T 32918.2 §6.1, s = (1 + d)⁻¹ · (k − r·d) mod n: the only arithmetic in
 * which the private key d and the nonce k meet in JavaScript (k·G runs in OpenSSL, see
 * base-multiplication.ts).
 *
 * JavaScript BigInt is not constant-time. V8 multiplies and divides digit by digit (64-bit
 * digits), so an operation's time follows its operands' digit counts, and the extended
 * Euclid behind Fn.inv runs a number of rounds that depends on its input. Timing that gives
 * away even a few bits of each nonce has been turned into private keys with lattice
 * attacks (Ryan, "Return of the Hidden Number Problem", TCHES 2019/1; Jancar et al.,
 * "Minerva", TCHES 2020/4). So the arithmetic is blinded by random masks β, β⁻¹ mod n:
 *
 *   w = (1 + d)⁻¹, once per key, inverted as γ·((1 + d)·γ)⁻¹ with a random γ
 *   s = (w·β⁻¹) · (β·k − (β·d)·r)
 *
 * with a new mask for every signature: squared after each use (β², β⁻² cost two products)
 * and drawn afresh, with a blinded inversion, every 32 signatures — as OpenSSL's
 * BN_BLINDING renews its RSA masks. A fresh inversion per signature, as noble's ECDSA
 * does, would cost about a sixth of the signing rate.
 *
 * What that buys, and what remains:
 * - Euclid only ever sees values multiplied by a fresh random γ: uniformly random, so its
 *   time says nothing about d or β.
 * - Every product is reduced mod n to a value that is uniformly random whatever d and k are,
 *   so the later products, the reductions and the one data-dependent branch (the sign of the
 *   difference, fixed up by adding n) only ever handle masked values.
 * - β·k, β·d, w·β⁻¹ and (1 + d)·γ still take a secret operand directly. In V8's code their time
 *   depends on its digit count, which is 4 for all but a 2⁻⁶⁴ fraction of values, and the
 *   division that reduces them on the unreduced product, which the mask randomises. V8 promises nothing
 *   about timing, though, and JIT tiers and garbage collection add timing we can neither
 *   rule out nor control. That is the limit of BigInt: truly constant-time arithmetic needs
 *   fixed-width limbs and branch-free code, as in OpenSSL's C.
 */
import { Fn, N } from './curve';
import { bytesToBigint, randomScalarBytes } from './scalar-bytes';

/** Signatures per mask chain; OpenSSL's BN_BLINDING_COUNTER is 32 as well. */
const MASK_USES = 32;

const randomUnit = () => bytesToBigint(randomScalarBytes(N - 1n));

/** x⁻¹ mod n for x ≢ 0, with Euclid run on x·γ for a random γ rather than on x. */
export function blindedInverse(x: bigint): bigint {
  const gamma = randomUnit();
  return Fn.mul(gamma, Fn.inv(Fn.mul(x, gamma)));
}

/** The signing equation for private key d (in [1, n−2]): s for nonce k and r = (e + x₁) mod n. */
export function createSigningEquation(d: bigint): (k: bigint, r: bigint) => bigint {
  const w = blindedInverse(d + 1n); // d ≤ n − 2, so 1 + d needs no reduction
  let beta = 0n;
  let betaInverse = 0n;
  let uses = MASK_USES;
  return (k, r) => {
    if (uses === MASK_USES) {
      beta = randomUnit();
      betaInverse = blindedInverse(beta);
      uses = 0;
    } else {
      beta = Fn.sqr(beta);
      betaInverse = Fn.sqr(betaInverse);
    }
    uses += 1;
    const numerator = Fn.sub(Fn.mul(beta, k), Fn.mul(Fn.mul(beta, d), r)); // β·(k − r·d)
    return Fn.mul(Fn.mul(w, betaInverse), numerator);
  };
}
