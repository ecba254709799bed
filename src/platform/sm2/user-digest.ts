/**
 * The digest an SM2 signature covers (GB/T 32918.2 §5.5 and §6.1 A1–A2):
 * Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), then e = SM3(Z_A ‖ M).
 * SM3 is Node's (OpenSSL's); all inputs are public.
 */
import crypto from 'node:crypto';
import { A, B, GX, GY } from './curve';
import { bigintToBytes, bytesToBigint } from './scalar-bytes';

/** The default user ID of GB/T 32918 / GM/T 0009, which other SM2 implementations use too. */
export const DEFAULT_USER_ID = '1234567812345678';

/** ENTL is a 16-bit count of ID bits, so the ID has at most 8191 bytes. */
export const MAX_USER_ID_BYTES = 8191;

const CURVE_BYTES = Buffer.concat([A, B, GX, GY].map(bigintToBytes));

/** The ID as UTF-8, or null when it is not a string or too long for ENTL. */
export function userIdBytes(userId: string): Buffer | null {
  if (typeof userId !== 'string') return null;
  const bytes = Buffer.from(userId, 'utf8');
  return bytes.length <= MAX_USER_ID_BYTES ? bytes : null;
}

/** Z_A for a user ID and a public key given as its encoding 04 ‖ x ‖ y. */
export function computeZa(id: Uint8Array, publicKey: Uint8Array): Buffer {
  const entl = Buffer.alloc(2);
  entl.writeUInt16BE(id.length * 8);
  return crypto
    .createHash('sm3')
    .update(entl)
    .update(id)
    .update(CURVE_BYTES)
    .update(publicKey.subarray(1))
    .digest();
}

/** SM3 already fed with Z_A: each message continues from a copy, so Z_A is hashed once per key. */
export function hashWithZa(id: Uint8Array, publicKey: Uint8Array): crypto.Hash {
  return crypto.createHash('sm3').update(computeZa(id, publicKey));
}

/** e = SM3(Z_A ‖ M) as an integer; strings are hashed as UTF-8. */
export function messageDigest(withZa: crypto.Hash, message: Uint8Array | string): bigint {
  return bytesToBigint(withZa.copy().update(message).digest());
}
