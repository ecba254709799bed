/** Scalars (integers below n) as the 32 big-endian bytes in which keys and nonces travel. */
import crypto from 'node:crypto';

/** The big-endian integer of a byte string. */
export function bytesToBigint(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`);
}

/** 32 bytes, big-endian. For public values only: the work done follows the value's leading zeros. */
export function bigintToBytes(value: bigint): Buffer {
  return Buffer.from(value.toString(16).padStart(64, '0'), 'hex');
}

/**
 * 32 random bytes of a value in [1, max] by rejection sampling (no modular bias). For
 * max ≥ n − 2 a draw is rejected about once in 2³² tries, and a rejected draw is thrown away,
 * so the comparisons reveal nothing about the value kept.
 */
export function randomScalarBytes(max: bigint): Buffer {
  for (;;) {
    const bytes = crypto.randomBytes(32);
    const value = bytesToBigint(bytes);
    if (value >= 1n && value <= max) return bytes;
  }
}
