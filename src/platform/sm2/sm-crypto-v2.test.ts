/**
 * Interoperability with sm-crypto-v2 (SM2 on @noble/curves), an implementation independent
 * of ours in everything but the curve arithmetic of verification.
 */
import { sm2 as v2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import {
  expectDerAgreement,
  expectUserIdAgreement,
  flipHexDigit,
  INTEROP_MESSAGES,
} from '../../../test/helpers/sm2-interop';
import { STANDARD_EXAMPLE } from '../../../test/helpers/sm2-standard-example';
import { createSm2Signer, DEFAULT_USER_ID, generateSm2KeyPair, publicKeyOf, sm2Verify } from './index';
import { computeZa } from './user-digest';

/** The standard's example as sm-crypto-v2 writes hex: in lower case. */
const EXAMPLE = {
  d: STANDARD_EXAMPLE.d.toLowerCase(),
  k: STANDARD_EXAMPLE.k.toLowerCase(),
  signature: (STANDARD_EXAMPLE.r + STANDARD_EXAMPLE.s).toLowerCase(),
};

describe('SM2 against sm-crypto-v2', () => {
  it('derives the same public keys, both ways', () => {
    for (let i = 0; i < 5; i++) {
      const ours = generateSm2KeyPair();
      expect(v2.getPublicKeyFromPrivateKey(ours.privateKey)).toBe(ours.publicKey);
      const theirs = v2.generateKeyPairHex();
      expect(publicKeyOf(theirs.privateKey)).toBe(theirs.publicKey);
    }
  });

  it('computes the same Z_A, for the default user ID and another', () => {
    const { publicKey } = generateSm2KeyPair();
    for (const userId of [DEFAULT_USER_ID, '人社厅-职称评审', 'ALICE123@YAHOO.COM']) {
      const ours = computeZa(Buffer.from(userId, 'utf8'), Buffer.from(publicKey, 'hex'));
      expect(ours.toString('hex')).toBe(Buffer.from(v2.getZ(publicKey, userId)).toString('hex'));
    }
  });

  it('produces signatures that sm-crypto-v2 accepts, and only for the signed message', () => {
    for (let i = 0; i < 3; i++) {
      const keys = generateSm2KeyPair();
      const signer = createSm2Signer(keys.privateKey);
      for (const message of INTEROP_MESSAGES) {
        const signature = signer.sign(message);
        expect(v2.doVerifySignature(message, signature, keys.publicKey, { hash: true })).toBe(true);
        expect(v2.doVerifySignature('另一条消息', signature, keys.publicKey, { hash: true })).toBe(false);
      }
    }
  });

  it('accepts the signatures of sm-crypto-v2, and rejects them altered', () => {
    for (let i = 0; i < 3; i++) {
      const keys = v2.generateKeyPairHex();
      for (const message of INTEROP_MESSAGES) {
        const signature = v2.doSignature(message, keys.privateKey, { hash: true });
        expect(sm2Verify(message, signature, keys.publicKey)).toBe(true);
        expect(sm2Verify(message, flipHexDigit(signature, 70), keys.publicKey)).toBe(false);
      }
    }
  });

  it('agrees on a user ID other than the default, both ways', () => {
    expectUserIdAgreement(v2);
  });

  it('agrees on DER signatures, both ways', () => {
    expectDerAgreement(v2, 10);
  });

  it('reproduces the published example when given its k, and both verify it', () => {
    const publicKey = publicKeyOf(EXAMPLE.d);
    // sm-crypto-v2 takes (k, x₁ of k·G) from a pool; x₁ comes from its own key derivation.
    const x1 = BigInt(`0x${v2.getPublicKeyFromPrivateKey(EXAMPLE.k).slice(2, 66)}`);
    const theirs = v2.doSignature('message digest', EXAMPLE.d, {
      hash: true,
      pointPool: [{ k: BigInt(`0x${EXAMPLE.k}`), x1 }],
    });
    expect(theirs).toBe(EXAMPLE.signature);
    expect(sm2Verify('message digest', EXAMPLE.signature, publicKey)).toBe(true);
    expect(v2.doVerifySignature('message digest', EXAMPLE.signature, publicKey, { hash: true })).toBe(true);
  });

  it('verifies alike before and after a key gets its precomputed table', () => {
    // The first verification with a key goes without a table, the second and later ones use it.
    const keys = generateSm2KeyPair();
    const signer = createSm2Signer(keys.privateKey);
    const signatures = INTEROP_MESSAGES.map((message) => signer.sign(message));
    expect(sm2Verify(INTEROP_MESSAGES[1]!, flipHexDigit(signatures[1]!, 3), keys.publicKey)).toBe(false);
    INTEROP_MESSAGES.forEach((message, i) => {
      expect(sm2Verify(message, signatures[i]!, keys.publicKey)).toBe(true);
      expect(sm2Verify(message, signatures[(i + 1) % INTEROP_MESSAGES.length]!, keys.publicKey)).toBe(false);
    });
    const other = generateSm2KeyPair();
    const theirs = v2.doSignature('证书', other.privateKey, { hash: true });
    expect(sm2Verify('证书', theirs, other.publicKey.toUpperCase())).toBe(true);
    expect(sm2Verify('证书', theirs, other.publicKey)).toBe(true);
    expect(sm2Verify('证书', theirs, keys.publicKey)).toBe(false);
  });
});
