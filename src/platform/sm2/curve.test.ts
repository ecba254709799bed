import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { multiplyBaseSecret } from './base-multiplication';
import { GX, GY, N, P, Sm2Point } from './curve';
import { decodePublicKey } from './keys';
import { bigintToBytes, bytesToBigint, randomScalarBytes } from './scalar-bytes';

const hex64 = (value: bigint) => value.toString(16).padStart(64, '0');
const encode = (x: bigint, y: bigint) => `04${hex64(x)}${hex64(y)}`;
const randomScalar = () => bytesToBigint(randomScalarBytes(N - 1n));

describe('SM2 curve', () => {
  it('is the GB/T 32918.5 curve that OpenSSL knows as SM2: 1·G from OpenSSL is our G', () => {
    expect(crypto.getCurves()).toContain('SM2');
    expect(multiplyBaseSecret(bigintToBytes(1n)).toString('hex')).toBe(encode(GX, GY));
    expect(Sm2Point.BASE.toHex(false)).toBe(encode(GX, GY));
  });

  it('has n as the order of G: (n−1)·G is −G, and adding G gives infinity', () => {
    const minusG = Sm2Point.BASE.multiplyUnsafe(N - 1n);
    expect(minusG.toHex(false)).toBe(encode(GX, P - GY));
    expect(minusG.add(Sm2Point.BASE).is0()).toBe(true);
  });

  it('multiplies a secret k in OpenSSL exactly as noble does, constant-time and variable-time alike', () => {
    for (const k of [1n, 2n, 3n, 15n, 16n, 17n, 1n << 255n, N - 2n, N - 1n, randomScalar(), randomScalar()]) {
      const ours = multiplyBaseSecret(bigintToBytes(k)).toString('hex');
      expect(ours).toBe(Sm2Point.BASE.multiply(k).toHex(false));
      expect(ours).toBe(Sm2Point.BASE.multiplyUnsafe(k).toHex(false));
    }
  });

  it('refuses to multiply by 0 or by n and above', () => {
    for (const k of [0n, N, N + 1n, (1n << 256n) - 1n]) {
      expect(() => multiplyBaseSecret(bigintToBytes(k))).toThrow();
    }
  });

  it('decodes only uncompressed points on the curve with coordinates below p', () => {
    const point = Sm2Point.BASE.multiply(randomScalar());
    const { x, y } = point.toAffine();
    expect(decodePublicKey(encode(x, y))?.equals(point)).toBe(true);
    expect(decodePublicKey(encode(x, y).toUpperCase())?.equals(point)).toBe(true);
    expect(decodePublicKey(encode(x, y + 1n))).toBeNull();
    expect(decodePublicKey(encode(x, P - y))?.equals(point.negate())).toBe(true);
    expect(decodePublicKey(point.toHex(true))).toBeNull();
    expect(decodePublicKey(`04${'0'.repeat(128)}`)).toBeNull();
  });
});

describe('random scalars', () => {
  it('are 32 bytes of a value in [1, max]', () => {
    for (let i = 0; i < 200; i++) {
      const bytes = randomScalarBytes(N - 2n);
      expect(bytes).toHaveLength(32);
      const value = bytesToBigint(bytes);
      expect(value >= 1n && value <= N - 2n).toBe(true);
    }
  });
});
