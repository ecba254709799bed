import { sm2 as smCrypto } from 'sm-crypto';
import { describe, expect, it } from 'vitest';
import {
  expectDerAgreement,
  expectUserIdAgreement,
  flipHexDigit,
  INTEROP_MESSAGES,
} from '../../../test/helpers/sm2-interop';
import { STANDARD_EXAMPLE } from '../../../test/helpers/sm2-standard-example';
import { AppError } from '../../domain/errors';
import { N } from './curve';
import {
  createSm2Signer,
  DEFAULT_USER_ID,
  derToRawSignature,
  generateSm2KeyPair,
  publicKeyOf,
  sm2Verify,
} from './index';
import { signWithK } from './signature';
import { computeZa, hashWithZa, messageDigest } from './user-digest';

/** sm-crypto takes strings as UTF-8 and byte arrays only as plain arrays. */
const forSmCrypto = (message: string | Uint8Array) =>
  typeof message === 'string' ? message : Array.from(message);

describe('SM2 signatures, the standard example', () => {
  it('derives the public key, Z_A and e of the example', () => {
    expect(publicKeyOf(STANDARD_EXAMPLE.d)).toBe(STANDARD_EXAMPLE.publicKey.toLowerCase());
    const id = Buffer.from(DEFAULT_USER_ID);
    const publicKey = Buffer.from(STANDARD_EXAMPLE.publicKey, 'hex');
    expect(computeZa(id, publicKey).toString('hex')).toBe(STANDARD_EXAMPLE.za.toLowerCase());
    expect(messageDigest(hashWithZa(id, publicKey), STANDARD_EXAMPLE.message)).toBe(
      BigInt(`0x${STANDARD_EXAMPLE.e}`),
    );
  });

  it('signs the example message with the example k to the published r and s', () => {
    expect(signWithK(STANDARD_EXAMPLE.d, STANDARD_EXAMPLE.message, STANDARD_EXAMPLE.k)).toBe(
      (STANDARD_EXAMPLE.r + STANDARD_EXAMPLE.s).toLowerCase(),
    );
  });

  it('verifies the published signature, and no variation of it', () => {
    const signature = STANDARD_EXAMPLE.r + STANDARD_EXAMPLE.s;
    expect(sm2Verify(STANDARD_EXAMPLE.message, signature, STANDARD_EXAMPLE.publicKey)).toBe(true);
    expect(sm2Verify('message digesT', signature, STANDARD_EXAMPLE.publicKey)).toBe(false);
    expect(
      sm2Verify(STANDARD_EXAMPLE.message, signature, STANDARD_EXAMPLE.publicKey, 'ALICE123@YAHOO.COM'),
    ).toBe(false);
    expect(sm2Verify(STANDARD_EXAMPLE.message, flipHexDigit(signature, 5), STANDARD_EXAMPLE.publicKey)).toBe(
      false,
    );
    expect(
      sm2Verify(STANDARD_EXAMPLE.message, flipHexDigit(signature, 100), STANDARD_EXAMPLE.publicKey),
    ).toBe(false);
  });
});

describe('SM2 signatures against sm-crypto', () => {
  it('produces signatures that sm-crypto accepts', () => {
    for (let i = 0; i < 3; i++) {
      const keys = generateSm2KeyPair();
      const signer = createSm2Signer(keys.privateKey);
      expect(signer.publicKey).toBe(keys.publicKey);
      for (const message of INTEROP_MESSAGES) {
        const signature = signer.sign(message);
        expect(signature).toMatch(/^[0-9a-f]{128}$/);
        expect(
          smCrypto.doVerifySignature(forSmCrypto(message), signature, keys.publicKey, { hash: true }),
        ).toBe(true);
        expect(sm2Verify(message, signature, keys.publicKey)).toBe(true);
      }
    }
  });

  it('accepts the signatures of sm-crypto', () => {
    for (let i = 0; i < 3; i++) {
      const keys = smCrypto.generateKeyPairHex();
      expect(publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
      for (const message of INTEROP_MESSAGES) {
        const signature = smCrypto.doSignature(forSmCrypto(message), keys.privateKey, { hash: true });
        expect(sm2Verify(message, signature, keys.publicKey)).toBe(true);
      }
    }
  });

  it('agrees with sm-crypto on a user ID other than the default, both ways', () => {
    expectUserIdAgreement(smCrypto);
  });

  it('agrees with sm-crypto on DER signatures, both ways', () => {
    expectDerAgreement(smCrypto, 20);
  });
});

describe('SM2 verification rejects', () => {
  const keys = generateSm2KeyPair();
  const signature = createSm2Signer(keys.privateKey).sign('证书编号 ZP-001');

  it('a tampered message, signature or another key', () => {
    expect(sm2Verify('证书编号 ZP-001', signature, keys.publicKey)).toBe(true);
    expect(sm2Verify('证书编号 ZP-002', signature, keys.publicKey)).toBe(false);
    expect(sm2Verify(new TextEncoder().encode('证书编号 ZP-001'), signature, keys.publicKey)).toBe(true);
    for (const at of [0, 63, 64, 127]) {
      expect(sm2Verify('证书编号 ZP-001', flipHexDigit(signature, at), keys.publicKey)).toBe(false);
    }
    expect(sm2Verify('证书编号 ZP-001', signature, generateSm2KeyPair().publicKey)).toBe(false);
  });

  it('r ‖ s swapped, r or s zero or not below n', () => {
    const r = signature.slice(0, 64);
    const s = signature.slice(64);
    const nHex = N.toString(16);
    const zero = '0'.repeat(64);
    for (const bad of [s + r, zero + s, r + zero, nHex + s, r + nHex, 'f'.repeat(128)]) {
      expect(sm2Verify('证书编号 ZP-001', bad, keys.publicKey)).toBe(false);
    }
  });

  it('malformed input without throwing', () => {
    const call = (...args: unknown[]) =>
      (sm2Verify as (...a: unknown[]) => boolean)(...(args as Parameters<typeof sm2Verify>));
    const m = '证书编号 ZP-001';
    expect(call(m, signature.slice(2), keys.publicKey)).toBe(false);
    expect(call(m, `${signature}00`, keys.publicKey)).toBe(false);
    expect(call(m, `${signature.slice(0, 127)}g`, keys.publicKey)).toBe(false);
    expect(call(m, '', keys.publicKey)).toBe(false);
    expect(call(m, signature, keys.publicKey.slice(2))).toBe(false);
    expect(call(m, signature, `02${keys.publicKey.slice(2, 66)}`)).toBe(false);
    expect(
      call(m, signature, `${keys.publicKey.slice(0, 129)}${keys.publicKey[129] === '0' ? '1' : '0'}`),
    ).toBe(false);
    expect(call(m, signature, `04${'0'.repeat(128)}`)).toBe(false);
    expect(call(m, signature, 'not a key')).toBe(false);
    expect(call(m, null, keys.publicKey)).toBe(false);
    expect(call(m, signature, undefined)).toBe(false);
    expect(call(42, signature, keys.publicKey)).toBe(false);
    expect(call(m, signature, keys.publicKey, 'x'.repeat(9000))).toBe(false);
    expect(derToRawSignature('30')).toBeNull();
    expect(derToRawSignature('zz')).toBeNull();
    expect(derToRawSignature(`${signature}`)).toBeNull();
  });
});

describe('SM2 keys', () => {
  it('generates valid key pairs whose public key matches the private key', () => {
    const keys = generateSm2KeyPair();
    expect(keys.privateKey).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
    expect(generateSm2KeyPair().privateKey).not.toBe(keys.privateKey);
  });

  it('signs with random k: the same message twice gives two valid signatures', () => {
    const keys = generateSm2KeyPair();
    const signer = createSm2Signer(keys.privateKey);
    const [a, b] = [signer.sign('证书'), signer.sign('证书')];
    expect(a).not.toBe(b);
    expect(sm2Verify('证书', a, keys.publicKey) && sm2Verify('证书', b, keys.publicKey)).toBe(true);
  });

  it.each([
    ['zero', '0'.repeat(64)],
    ['n − 1', (N - 1n).toString(16)],
    ['n', N.toString(16)],
    ['all f', 'f'.repeat(64)],
    ['too short', '1'.repeat(63)],
    ['not hex', `${'1'.repeat(63)}g`],
    ['empty', ''],
  ])('rejects an invalid private key (%s) with SM2_KEY_INVALID', (_label, privateKey) => {
    for (const use of [() => createSm2Signer(privateKey), () => publicKeyOf(privateKey)]) {
      let caught: unknown;
      try {
        use();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe('SM2_KEY_INVALID');
      expect((caught as AppError).kind).toBe('invalid');
      expect((caught as AppError).message).toMatch(/SM2私钥/);
    }
  });

  it('accepts n − 2, the largest valid private key', () => {
    const privateKey = (N - 2n).toString(16);
    const signer = createSm2Signer(privateKey);
    expect(sm2Verify('证书', signer.sign('证书'), publicKeyOf(privateKey))).toBe(true);
    expect(smCrypto.doVerifySignature('证书', signer.sign('证书'), signer.publicKey, { hash: true })).toBe(
      true,
    );
  });
});
