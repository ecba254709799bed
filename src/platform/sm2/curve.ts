/**
 * The SM2 curve (GB/T 32918.5) and point arithmetic over it in BigInt.
 *
 * Signing never comes here for k·G: Node's OpenSSL computes that natively (see
 * `multiplyBase`). This BigInt code serves verification, which also needs t·P_A for an
 * arbitrary public key P_A, and there the native ECDH would give only the x coordinate.
 * It is variable-time, which is fine for public inputs only: never pass it a secret.
 */
import crypto from 'node:crypto';

export const P = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
export const A = P - 3n;
export const B = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
export const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
export const GX = 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n;
export const GY = 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n;

/** A point other than infinity, in affine coordinates. */
export interface AffinePoint {
  x: bigint;
  y: bigint;
}

/** Jacobian coordinates: (X/Z², Y/Z³); z = 0 is the point at infinity. */
interface JacobianPoint {
  x: bigint;
  y: bigint;
  z: bigint;
}

const INFINITY: JacobianPoint = { x: 1n, y: 1n, z: 0n };

/** a mod m in [0, m). */
export function mod(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

/** a⁻¹ mod m for a prime m and a ≢ 0 (extended Euclid). */
export function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [mod(a, m), m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error('不可逆');
  return mod(oldS, m);
}

export function isOnCurve({ x, y }: AffinePoint): boolean {
  if (x < 0n || x >= P || y < 0n || y >= P) return false;
  return mod(y * y - (x * x * x + A * x + B), P) === 0n;
}

/** 32 bytes, big-endian. */
export function bigintToBytes(value: bigint): Buffer {
  return Buffer.from(value.toString(16).padStart(64, '0'), 'hex');
}

export function bytesToBigint(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`);
}

/** Doubling with a = −3 (dbl-2001-b). */
function double(p: JacobianPoint): JacobianPoint {
  if (p.z === 0n || p.y === 0n) return INFINITY;
  const delta = (p.z * p.z) % P;
  const gamma = (p.y * p.y) % P;
  const beta = (p.x * gamma) % P;
  const alpha = (3n * mod(p.x - delta, P) * (p.x + delta)) % P;
  const x = mod(alpha * alpha - 8n * beta, P);
  const z = mod((p.y + p.z) ** 2n - gamma - delta, P);
  const y = mod(alpha * (4n * beta - x) - 8n * gamma * gamma, P);
  return { x, y, z };
}

/** Complete addition: handles infinity, P + P and P + (−P). */
function add(p: JacobianPoint, q: JacobianPoint): JacobianPoint {
  if (p.z === 0n) return q;
  if (q.z === 0n) return p;
  const pz2 = (p.z * p.z) % P;
  const qz2 = (q.z * q.z) % P;
  const u1 = (p.x * qz2) % P;
  const u2 = (q.x * pz2) % P;
  const s1 = (((p.y * qz2) % P) * q.z) % P;
  const s2 = (((q.y * pz2) % P) * p.z) % P;
  const h = mod(u2 - u1, P);
  const r = mod(s2 - s1, P);
  if (h === 0n) return r === 0n ? double(p) : INFINITY;
  const h2 = (h * h) % P;
  const h3 = (h2 * h) % P;
  const u1h2 = (u1 * h2) % P;
  const x = mod(r * r - h3 - 2n * u1h2, P);
  const y = mod(r * (u1h2 - x) - s1 * h3, P);
  const z = (((p.z * q.z) % P) * h) % P;
  return { x, y, z };
}

function toAffine(p: JacobianPoint): AffinePoint | null {
  if (p.z === 0n) return null;
  const zInv = modInverse(p.z, P);
  const zInv2 = (zInv * zInv) % P;
  return { x: (p.x * zInv2) % P, y: (((p.y * zInv2) % P) * zInv) % P };
}

const fromAffine = ({ x, y }: AffinePoint): JacobianPoint => ({ x, y, z: 1n });

/** k·point with a 4-bit fixed window; k ≥ 0. Null when the result is the point at infinity. */
export function multiply(k: bigint, point: AffinePoint): AffinePoint | null {
  return toAffine(multiplyJacobian(k, fromAffine(point)));
}

function multiplyJacobian(k: bigint, point: JacobianPoint): JacobianPoint {
  const table: JacobianPoint[] = [INFINITY, point];
  for (let i = 2; i < 16; i++) table.push(add(table[i - 1]!, point));
  let acc = INFINITY;
  const nibbles = k.toString(16);
  for (const nibble of nibbles) {
    acc = double(double(double(double(acc))));
    acc = add(acc, table[Number.parseInt(nibble, 16)]!);
  }
  return acc;
}

/** u·G + v·Q, with u·G computed natively. Null for the point at infinity. u, v in [1, n−1]. */
export function multiplyBaseAndAdd(u: bigint, v: bigint, q: AffinePoint): AffinePoint | null {
  const uG = multiplyBase(bigintToBytes(u));
  return toAffine(add(fromAffine(uG), multiplyJacobian(v, fromAffine(q))));
}

const baseMultiplier = crypto.createECDH('SM2');

/**
 * k·G through OpenSSL: ECDH derives the public key k·G from the private key k. k is 32
 * big-endian bytes of a value in [1, n−1]. The point is read straight from the
 * uncompressed encoding 04 ‖ x ‖ y.
 */
export function multiplyBase(k: Uint8Array): AffinePoint {
  const encoded = multiplyBaseEncoded(k);
  return { x: bytesToBigint(encoded.subarray(1, 33)), y: bytesToBigint(encoded.subarray(33, 65)) };
}

/** k·G as the 65-byte uncompressed encoding 04 ‖ x ‖ y. */
export function multiplyBaseEncoded(k: Uint8Array): Buffer {
  baseMultiplier.setPrivateKey(k);
  return baseMultiplier.getPublicKey();
}
