import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  bigintToBytes,
  GX,
  GY,
  isOnCurve,
  modInverse,
  multiply,
  multiplyBase,
  multiplyBaseAndAdd,
  N,
  P,
} from './curve';

const G = { x: GX, y: GY };
const randomScalar = () => (BigInt(`0x${crypto.randomBytes(32).toString('hex')}`) % (N - 1n)) + 1n;

describe('SM2 curve', () => {
  it('has the GB/T 32918.5 parameters that OpenSSL uses: 1·G from ECDH is G', () => {
    expect(crypto.getCurves()).toContain('SM2');
    expect(multiplyBase(bigintToBytes(1n))).toEqual(G);
    expect(isOnCurve(G)).toBe(true);
  });

  it('rejects points off the curve and coordinates outside the field', () => {
    expect(isOnCurve({ x: GX, y: GY + 1n })).toBe(false);
    expect(isOnCurve({ x: GX + P, y: GY })).toBe(false);
  });

  it('has n as the order of G: n·G is infinity, (n−1)·G is −G', () => {
    expect(multiply(N, G)).toBeNull();
    expect(multiply(N - 1n, G)).toEqual({ x: GX, y: P - GY });
  });

  it('multiplies in BigInt exactly as OpenSSL does', () => {
    for (const k of [1n, 2n, 3n, 15n, 16n, 17n, N - 2n, randomScalar(), randomScalar(), randomScalar()]) {
      expect(multiply(k, G)).toEqual(multiplyBase(bigintToBytes(k)));
    }
  });

  it('computes u·G + v·Q, including the cases Q = G (doubling) and v·Q = −u·G (infinity)', () => {
    const u = randomScalar();
    const v = randomScalar();
    // u·G + v·(w·G) = (u + v·w)·G
    const w = randomScalar();
    const qw = multiplyBase(bigintToBytes(w));
    expect(multiplyBaseAndAdd(u, v, qw)).toEqual(multiplyBase(bigintToBytes((u + v * w) % N)));
    expect(multiplyBaseAndAdd(u, u, G)).toEqual(multiplyBase(bigintToBytes((2n * u) % N)));
    expect(multiplyBaseAndAdd(u, N - u, G)).toBeNull();
  });

  it('inverts mod n', () => {
    const a = randomScalar();
    expect((a * modInverse(a, N)) % N).toBe(1n);
  });
});
