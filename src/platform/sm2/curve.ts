/**
 * The SM2 recommended curve (GB/T 32918.5-2017 §4) as a point type of `@noble/curves`.
 *
 * Noble serves the public side: decoding and validating public keys and the double
 * multiplication of verification. Multiplications by a secret scalar go through OpenSSL
 * instead (see base-multiplication.ts), which is both faster and constant-time in C.
 */
import { weierstrass } from '@noble/curves/abstract/weierstrass.js';

export const P = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
export const A = 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn;
export const B = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
export const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
export const GX = 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n;
export const GY = 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n;

/** Points of the SM2 curve; the cofactor is 1, so every point on it lies in the group of G. */
export const Sm2Point = weierstrass({ p: P, n: N, h: 1n, a: A, b: B, Gx: GX, Gy: GY });

export type Sm2Point = InstanceType<typeof Sm2Point>;

/** The scalar field: integers mod n, where r, s, k and d live. */
export const Fn = Sm2Point.Fn;
