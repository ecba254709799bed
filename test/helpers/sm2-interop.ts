import { expect } from 'vitest';
import { createSm2Signer, derToRawSignature, generateSm2KeyPair, sm2Verify } from '../../src/platform/sm2';

/** Messages every interoperability test signs: empty, the standard's, a certificate's JSON, raw bytes, a long one. */
export const INTEROP_MESSAGES: (string | Uint8Array)[] = [
  '',
  'message digest',
  '{"holder":"张三","number":"ZP-2024-000123","title":"高级工程师"}',
  new Uint8Array([0, 1, 2, 255, 254, 128]),
  'x'.repeat(1000),
];

/** `hex` with the digit at `at` changed: a signature altered by one digit. */
export const flipHexDigit = (hex: string, at: number) =>
  hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);

/** The SM2 calls that sm-crypto and sm-crypto-v2 share. */
export interface SmCryptoSm2 {
  doSignature(
    message: string,
    privateKey: string,
    options: { hash: true; userId?: string; der?: boolean },
  ): string;
  doVerifySignature(
    message: string,
    signature: string,
    publicKey: string,
    options: { hash: true; userId?: string; der?: boolean },
  ): boolean;
}

/**
 * That `library` and we agree on a user ID other than the default, both ways: each accepts the
 * other's signature made with that ID, and refuses it with the default ID.
 */
export function expectUserIdAgreement(library: SmCryptoSm2) {
  const keys = generateSm2KeyPair();
  const userId = '人社厅-职称评审';
  const ours = createSm2Signer(keys.privateKey, userId).sign('证书');
  expect(library.doVerifySignature('证书', ours, keys.publicKey, { hash: true, userId })).toBe(true);
  expect(library.doVerifySignature('证书', ours, keys.publicKey, { hash: true })).toBe(false);
  const theirs = library.doSignature('证书', keys.privateKey, { hash: true, userId });
  expect(sm2Verify('证书', theirs, keys.publicKey, userId)).toBe(true);
  expect(sm2Verify('证书', theirs, keys.publicKey)).toBe(false);
}

/**
 * That `library` and we agree on DER-encoded signatures, both ways, over `rounds` fresh signatures
 * each: it accepts ours, we read ours and theirs back to r ‖ s and accept them.
 */
export function expectDerAgreement(library: SmCryptoSm2, rounds: number) {
  const keys = generateSm2KeyPair();
  const signer = createSm2Signer(keys.privateKey);
  for (let i = 0; i < rounds; i++) {
    const der = signer.signDer('证书');
    expect(library.doVerifySignature('证书', der, keys.publicKey, { hash: true, der: true })).toBe(true);
    const raw = derToRawSignature(der);
    expect(raw).not.toBeNull();
    expect(sm2Verify('证书', raw!, keys.publicKey)).toBe(true);
    const theirs = library.doSignature('证书', keys.privateKey, { hash: true, der: true });
    expect(sm2Verify('证书', derToRawSignature(theirs)!, keys.publicKey)).toBe(true);
  }
}
