/**
 * SM2 key pairs as hex strings: the private key d as 64 hex digits, the public key
 * P = d·G as the uncompressed encoding '04' ‖ x ‖ y (130 hex digits).
 */
import { AppError } from '../../domain/errors';
import { multiplyBaseSecret } from './base-multiplication';
import { N, Sm2Point } from './curve';
import { bytesToBigint, randomScalarBytes } from './scalar-bytes';

export interface Sm2KeyPair {
  /** d, 64 hex digits. */
  privateKey: string;
  /** '04' ‖ x ‖ y, 130 hex digits. */
  publicKey: string;
}

/** A checked private key: d as the number the signing equation needs and as the bytes OpenSSL takes. */
export interface PrivateKey {
  d: bigint;
  bytes: Buffer;
}

const PRIVATE_KEY_HEX = /^[0-9a-fA-F]{64}$/;
const PUBLIC_KEY_HEX = /^04[0-9a-fA-F]{128}$/;

const invalidKey = (message: string) => new AppError('invalid', 'SM2_KEY_INVALID', message);

/**
 * d from its hex form. GB/T 32918.1 allows d in [1, n−2]: 1 + d must be invertible mod n
 * for signing.
 */
export function parsePrivateKey(privateKeyHex: string): PrivateKey {
  if (typeof privateKeyHex !== 'string' || !PRIVATE_KEY_HEX.test(privateKeyHex)) {
    throw invalidKey('SM2私钥格式不正确：应为64位十六进制字符串');
  }
  const bytes = Buffer.from(privateKeyHex, 'hex');
  const d = bytesToBigint(bytes);
  if (d < 1n || d > N - 2n) throw invalidKey('SM2私钥超出有效范围：应在[1, n-2]之内');
  return { d, bytes };
}

/**
 * P_A from '04' ‖ x ‖ y, or null unless it is a point on the curve. Noble checks that
 * both coordinates are below p and satisfy the curve equation; infinity has no such encoding.
 */
export function decodePublicKey(publicKeyHex: string): Sm2Point | null {
  if (typeof publicKeyHex !== 'string' || !PUBLIC_KEY_HEX.test(publicKeyHex)) return null;
  try {
    return Sm2Point.fromHex(publicKeyHex);
  } catch {
    return null;
  }
}

export function generateSm2KeyPair(): Sm2KeyPair {
  const d = randomScalarBytes(N - 2n);
  return { privateKey: d.toString('hex'), publicKey: multiplyBaseSecret(d).toString('hex') };
}

/** The public key '04' ‖ x ‖ y of a private key; throws SM2_KEY_INVALID for a bad key. */
export function publicKeyOf(privateKeyHex: string): string {
  return multiplyBaseSecret(parsePrivateKey(privateKeyHex).bytes).toString('hex');
}
