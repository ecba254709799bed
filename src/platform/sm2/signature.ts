/**
 * SM2 signing (GB/T 32918.2-2016 §6.1) with SM3, signatures as 128 hex digits r ‖ s.
 *
 * Where the private key is touched: k·G and d·G run in OpenSSL's constant-time ladder
 * (base-multiplication.ts); s is computed under random masks (signing-equation.ts).
 * The nonce k is drawn from the operating system's CSPRNG for every signature, as
 * GB/T 32918.2 prescribes — not derived deterministically from the message.
 * Z_A is hashed once per key.
 */
import type crypto from 'node:crypto';
import { AppError } from '../../domain/errors';
import { multiplyBaseSecret } from './base-multiplication';
import { Fn, N } from './curve';
import { parsePrivateKey } from './keys';
import { bigintToBytes, bytesToBigint, randomScalarBytes } from './scalar-bytes';
import { type Signature, signatureToDer, signatureToHex } from './signature-encoding';
import { createSigningEquation } from './signing-equation';
import { DEFAULT_USER_ID, hashWithZa, MAX_USER_ID_BYTES, messageDigest, userIdBytes } from './user-digest';

export interface Sm2Signer {
  /** '04' ‖ x ‖ y of the signing key. */
  publicKey: string;
  /** r ‖ s as 128 hex digits. Strings are signed as UTF-8. */
  sign(message: Uint8Array | string): string;
  /** The same signature as DER (SEQUENCE of two INTEGERs, GM/T 0009), in hex. */
  signDer(message: Uint8Array | string): string;
}

interface SigningKey {
  /** s from k and r: the only JavaScript arithmetic on the private key. */
  signingScalar: (k: bigint, r: bigint) => bigint;
  withZa: crypto.Hash;
}

function prepareKey(privateKeyHex: string, userId: string): { key: SigningKey; publicKey: string } {
  const { d, bytes } = parsePrivateKey(privateKeyHex);
  const id = userIdBytes(userId);
  if (!id) {
    throw new AppError('invalid', 'SM2_USER_ID_INVALID', `SM2用户标识过长：不得超过${MAX_USER_ID_BYTES}字节`);
  }
  const publicKey = multiplyBaseSecret(bytes);
  return {
    key: { signingScalar: createSigningEquation(d), withZa: hashWithZa(id, publicKey) },
    publicKey: publicKey.toString('hex'),
  };
}

/**
 * Steps A3–A6 for digest e, drawing k from `nextK` (32 bytes of a value in [1, n−1])
 * until r ≠ 0, r + k ≠ n and s ≠ 0.
 */
function signDigest(key: SigningKey, e: bigint, nextK: () => Uint8Array): Signature {
  for (;;) {
    const kBytes = nextK();
    const x1 = bytesToBigint(multiplyBaseSecret(kBytes).subarray(1, 33));
    const r = Fn.create(e + x1); // public: it is half the signature
    const k = bytesToBigint(kBytes);
    // k = n − r rather than r + k = n: k + r exceeds 256 bits about half the time, and the
    // extra digit would show in the timing.
    if (r === 0n || k === N - r) continue;
    const s = key.signingScalar(k, r);
    if (s === 0n) continue;
    return { r, s };
  }
}

const randomK = () => randomScalarBytes(N - 1n);

/** Throws SM2_KEY_INVALID for a bad private key and SM2_USER_ID_INVALID for an oversized ID. */
export function createSm2Signer(privateKeyHex: string, userId: string = DEFAULT_USER_ID): Sm2Signer {
  const { key, publicKey } = prepareKey(privateKeyHex, userId);
  const sign = (message: Uint8Array | string) => signDigest(key, messageDigest(key.withZa, message), randomK);
  return {
    publicKey,
    sign: (message) => signatureToHex(sign(message)),
    signDer: (message) => signatureToDer(sign(message)),
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
  return signatureToHex(signDigest(key, messageDigest(key.withZa, message), once));
}
