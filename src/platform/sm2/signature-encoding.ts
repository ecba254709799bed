/** An SM2 signature (r, s) as 128 hex digits r ‖ s, or as DER (GM/T 0009: SEQUENCE of two INTEGERs). */
import { bytesToBigint } from './scalar-bytes';

export interface Signature {
  r: bigint;
  s: bigint;
}

const hex64 = (value: bigint) => value.toString(16).padStart(64, '0');

export const signatureToHex = ({ r, s }: Signature) => hex64(r) + hex64(s);

function derInteger(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return Buffer.concat([Buffer.from([0x02, hex.length / 2]), Buffer.from(hex, 'hex')]);
}

/** The signature as DER, in hex. */
export function signatureToDer({ r, s }: Signature): string {
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
  return signatureToHex({ r: values[0]!, s: values[1]! });
}
