import { expect } from 'vitest';
import { createSm2Signer, derToRawSignature, generateSm2KeyPair, sm2Verify } from '../../src/platform/sm2';

/**
 * The signature example on the recommended curve, message "message digest", ID
 * "1234567812345678", as published in GM/T 0003.5-2012 and GB/T 32918.5-2017 Annex A
 * (the example of GB/T 32918.2 itself uses a different, illustrative curve). The same
 * values are OpenSSL's test vector (test/sm2_internal_test.c, "From Annex A in both
 * GM/T0003.5-2012 and GB/T 32918.5-2016") and GmSSL's, Z_A and e included.
 */
export const STANDARD_EXAMPLE = {
  d: '3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8',
  publicKey:
    '04' +
    '09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020' +
    'CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13',
  za: 'B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3',
  e: 'F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640',
  message: 'message digest',
  k: '59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21',
  r: 'F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3',
  s: 'B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA',
};

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
