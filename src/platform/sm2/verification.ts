/**
 * SM2 verification (GB/T 32918.2-2016 §7.1). Every input is public, so it uses noble's
 * variable-time multiplications, which are several times faster than its constant-time ones.
 *
 * (x₁, y₁) = s·G + t·P_A is the whole cost. s·G uses the table of multiples of G that noble
 * keeps. t·P_A uses a table of multiples of P_A once that key has been seen twice: the
 * service verifies with a handful of signing keys again and again, and the table (about
 * 20 ms and 0.2 MB to build) makes each later verification three to four times faster. A key
 * seen once goes without — one Strauss–Shamir double multiplication, no table — so that
 * verifying with many different keys never costs a table each.
 */
import { Fn, Sm2Point } from './curve';
import { decodePublicKey } from './keys';
import { DEFAULT_USER_ID, hashWithZa, messageDigest, userIdBytes } from './user-digest';

/** Window of the per-key tables: 44 additions per multiplication, 1,408 points per table. */
const TABLE_WINDOW = 6;
/** Keys held, least recently used dropped first: tables for the few keys in use, bounded memory. */
const MAX_KEYS = 16;

interface VerifyingKey {
  point: Sm2Point;
  uses: number;
}

const verifyingKeys = new Map<string, VerifyingKey>();

/** The decoded key, kept (and given a table on its second use), or null if it is not a point on the curve. */
function verifyingKey(publicKeyHex: string): VerifyingKey | null {
  if (typeof publicKeyHex !== 'string') return null;
  const name = publicKeyHex.toLowerCase();
  let key = verifyingKeys.get(name);
  if (key) {
    verifyingKeys.delete(name); // re-inserted below as the most recently used
  } else {
    const point = decodePublicKey(publicKeyHex);
    if (!point) return null;
    key = { point, uses: 0 };
    if (verifyingKeys.size >= MAX_KEYS) verifyingKeys.delete(verifyingKeys.keys().next().value!);
  }
  verifyingKeys.set(name, key);
  key.uses += 1;
  // Lazy: noble builds the table at the first multiplication that uses it.
  if (key.uses === 2) key.point.precompute(TABLE_WINDOW, true);
  return key;
}

/** s·G + t·P_A. */
function combination(s: bigint, t: bigint, key: VerifyingKey): Sm2Point {
  if (key.uses < 2) return Sm2Point.BASE.mulAddUnsafe(s, key.point, t);
  return Sm2Point.BASE.multiplyUnsafe(s).add(key.point.multiplyUnsafe(t));
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
  const id = userIdBytes(userId);
  if (!id) return false;
  const key = verifyingKey(publicKeyHex);
  if (!key) return false;
  const r = BigInt(`0x${signatureHex.slice(0, 64)}`);
  const s = BigInt(`0x${signatureHex.slice(64)}`);
  if (!Fn.isValidNot0(r) || !Fn.isValidNot0(s)) return false; // B1, B2: r, s in [1, n−1]
  const e = messageDigest(hashWithZa(id, Buffer.from(publicKeyHex, 'hex')), message); // B3, B4
  const t = Fn.add(r, s); // B5
  if (t === 0n) return false;
  const point = combination(s, t, key); // B6
  if (point.is0()) return false;
  return Fn.add(e, point.x) === r; // B7: R = (e + x₁) mod n
}
