/**
 * SM2 digital signatures (GB/T 32918.2-2016) with SM3, signatures as 128 hex digits r ‖ s.
 *
 * Signing costs one native scalar multiplication k·G (OpenSSL, via ECDH) plus a few BigInt
 * products mod n; Z_A and (1 + d)⁻¹ are computed once per key. Verification does its own
 * t·P_A in BigInt (see curve.ts) and is slower.
 */
import crypto from 'node:crypto';
import { AppError } from '../../domain/errors';
import {
  A,
  type AffinePoint,
  B,
  bigintToBytes,
  bytesToBigint,
  GX,
  GY,
  modInverse,
  multiplyBase,
  multiplyBaseAndAdd,
  multiplyBaseEncoded,
  N,
} from './curve';
import { decodePublicKey, encodePublicKey, parsePrivateKey, randomScalarBytes } from './keys';

/** The default user ID of GB/T 32918 / GM/T 0009, which other SM2 implementations use too. */
export const DEFAULT_USER_ID = '1234567812345678';

/** ENTL is a 16-bit count of ID bits, so the ID has at most 8191 bytes. */
const MAX_USER_ID_BYTES = 8191;

export interface Sm2Signer {
  /** '04' ‖ x ‖ y of the signing key. */
  publicKey: string;
  /** r ‖ s as 128 hex digits. Strings are signed as UTF-8. */
  sign(message: Uint8Array | string): string;
  /** The same signature as DER (SEQUENCE of two INTEGERs, GM/T 0009), in hex. */
  signDer(message: Uint8Array | string): string;
}

interface SigningKey {
  d: bigint;
  /** (1 + d)⁻¹ mod n. */
  inverseOnePlusD: bigint;
  /** SM3 already fed with Z_A: each message continues from a copy. */
  hashWithZa: crypto.Hash;
}

interface Signature {
  r: bigint;
  s: bigint;
}

function userIdBytes(userId: string): Buffer | null {
  if (typeof userId !== 'string') return null;
  const bytes = Buffer.from(userId, 'utf8');
  return bytes.length <= MAX_USER_ID_BYTES ? bytes : null;
}

/** Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A). */
export function computeZa(id: Buffer, publicKey: AffinePoint): Buffer {
  const entl = Buffer.alloc(2);
  entl.writeUInt16BE(id.length * 8);
  const hash = crypto.createHash('sm3').update(entl).update(id);
  for (const value of [A, B, GX, GY, publicKey.x, publicKey.y]) hash.update(bigintToBytes(value));
  return hash.digest();
}

/** e = SM3(Z_A ‖ M) as an integer. */
function messageDigest(hashWithZa: crypto.Hash, message: Uint8Array | string): bigint {
  return bytesToBigint(hashWithZa.copy().update(message).digest());
}

function prepareKey(privateKeyHex: string, userId: string): { key: SigningKey; publicKey: string } {
  const d = parsePrivateKey(privateKeyHex);
  const id = userIdBytes(userId);
  if (!id) {
    throw new AppError('invalid', 'SM2_USER_ID_INVALID', `SM2用户标识过长：不得超过${MAX_USER_ID_BYTES}字节`);
  }
  const point = multiplyBase(bigintToBytes(d));
  const hashWithZa = crypto.createHash('sm3').update(computeZa(id, point));
  return {
    key: { d, inverseOnePlusD: modInverse(1n + d, N), hashWithZa },
    publicKey: encodePublicKey(point),
  };
}

/**
 * GB/T 32918.2 §6.1 steps A3–A6 for digest e, drawing k from `nextK` (32 bytes of a value
 * in [1, n−1]) until r ≠ 0, r + k ≠ n and s ≠ 0.
 */
function signDigest(key: SigningKey, e: bigint, nextK: () => Uint8Array): Signature {
  for (;;) {
    const kBytes = nextK();
    const x1 = bytesToBigint(multiplyBaseEncoded(kBytes).subarray(1, 33));
    const k = bytesToBigint(kBytes);
    const r = (e + x1) % N;
    if (r === 0n || r + k === N) continue;
    const s = (key.inverseOnePlusD * (((k - r * key.d) % N) + N)) % N;
    if (s === 0n) continue;
    return { r, s };
  }
}

const randomK = () => randomScalarBytes(N - 1n);

const toHex = ({ r, s }: Signature) => r.toString(16).padStart(64, '0') + s.toString(16).padStart(64, '0');

/** Throws SM2_KEY_INVALID for a bad private key and SM2_USER_ID_INVALID for an oversized ID. */
export function createSm2Signer(privateKeyHex: string, userId: string = DEFAULT_USER_ID): Sm2Signer {
  const { key, publicKey } = prepareKey(privateKeyHex, userId);
  const sign = (message: Uint8Array | string) =>
    signDigest(key, messageDigest(key.hashWithZa, message), randomK);
  return {
    publicKey,
    sign: (message) => toHex(sign(message)),
    signDer: (message) => encodeDerSignature(sign(message)),
  };
}

/**
 * Signs with a chosen k, for checking against the standard's worked example only: a
 * fixed or predictable k gives the private key away. Throws if that k must be rejected.
 */
export function signWithK(
  privateKeyHex: string,
  message: Uint8Array | string,
  kHex: string,
  userId: string = DEFAULT_USER_ID,
): string {
  const { key } = prepareKey(privateKeyHex, userId);
  const k = BigInt(`0x${kHex}`);
  if (k < 1n || k >= N) throw new Error('k超出[1, n-1]');
  let used = false;
  const once = () => {
    if (used) throw new Error('该k不可用于签名，应另取随机数');
    used = true;
    return bigintToBytes(k);
  };
  return toHex(signDigest(key, messageDigest(key.hashWithZa, message), once));
}

const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;

/**
 * GB/T 32918.2 §7.1. False, never an exception, for any malformed input: a signature not of
 * 128 hex digits, a public key not on the curve, an oversized user ID.
 */
export function sm2Verify(
  message: Uint8Array | string,
  signatureHex: string,
  publicKeyHex: string,
  userId: string = DEFAULT_USER_ID,
): boolean {
  if (typeof message !== 'string' && !(message instanceof Uint8Array)) return false;
  if (typeof signatureHex !== 'string' || !SIGNATURE_HEX.test(signatureHex)) return false;
  const publicKey = decodePublicKey(publicKeyHex);
  const id = userIdBytes(userId);
  if (!publicKey || !id) return false;
  const r = BigInt(`0x${signatureHex.slice(0, 64)}`);
  const s = BigInt(`0x${signatureHex.slice(64)}`);
  if (r < 1n || r >= N || s < 1n || s >= N) return false; // B1, B2
  const hashWithZa = crypto.createHash('sm3').update(computeZa(id, publicKey));
  const e = messageDigest(hashWithZa, message); // B3, B4
  const t = (r + s) % N; // B5
  if (t === 0n) return false;
  const point = multiplyBaseAndAdd(s, t, publicKey); // B6: (x1, y1) = s·G + t·P_A
  if (!point) return false;
  return (e + point.x) % N === r; // B7
}

function derInteger(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return Buffer.concat([Buffer.from([0x02, hex.length / 2]), Buffer.from(hex, 'hex')]);
}

function encodeDerSignature({ r, s }: Signature): string {
  const body = Buffer.concat([derInteger(r), derInteger(s)]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]).toString('hex');
}

/**
 * r ‖ s (128 hex digits) from a DER signature in hex, or null unless it is strict DER:
 * a SEQUENCE of exactly two minimally encoded positive INTEGERs of at most 256 bits.
 */
export function derToRawSignature(derHex: string): string | null {
  if (typeof derHex !== 'string' || !/^(?:[0-9a-fA-F]{2})+$/.test(derHex)) return null;
  const der = Buffer.from(derHex, 'hex');
  if (der.length < 2 || der[0] !== 0x30 || der[1] !== der.length - 2 || der[1]! >= 0x80) return null;
  const values: bigint[] = [];
  let at = 2;
  for (let i = 0; i < 2; i++) {
    if (der[at] !== 0x02) return null;
    const length = der[at + 1];
    if (length === undefined || length === 0 || length > 33 || at + 2 + length > der.length) return null;
    const content = der.subarray(at + 2, at + 2 + length);
    if (content[0]! >= 0x80) return null; // negative
    if (length > 1 && content[0] === 0 && content[1]! < 0x80) return null; // not minimal
    const value = bytesToBigint(content);
    if (value >= 1n << 256n) return null;
    values.push(value);
    at += 2 + length;
  }
  if (at !== der.length) return null;
  return toHex({ r: values[0]!, s: values[1]! });
}
