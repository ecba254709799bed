/**
 * Interoperability with OpenSSL's own SM2 signatures (crypto/sm2, in C), through the openssl
 * command: Node offers no way to them, since its sign() and verify() treat an SM2-curve key
 * as ECDSA. Skipped where the openssl command is missing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createSm2Signer,
  DEFAULT_USER_ID,
  derToRawSignature,
  generateSm2KeyPair,
  publicKeyOf,
  sm2Verify,
} from './index';

function opensslVersion(): string | null {
  try {
    return execFileSync('openssl', ['version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  } catch {
    return null;
  }
}

/** OpenSSL 3 signs and verifies SM2 with a distinguishing ID; 1.1.1 had no such option. */
const available = /^OpenSSL [3-9]\./.test(opensslVersion() ?? '');

/** SubjectPublicKeyInfo: id-ecPublicKey with the SM2 curve (1.2.156.10197.1.301), then 04 ‖ x ‖ y. */
const SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');

const publicKeyPem = (publicKeyHex: string) => {
  const der = Buffer.concat([SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]);
  return `-----BEGIN PUBLIC KEY-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PUBLIC KEY-----\n`;
};

describe.skipIf(!available)('SM2 against OpenSSL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-sm2-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) =>
    execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const withId = ['-digest', 'sm3', '-pkeyopt', `distid:${DEFAULT_USER_ID}`];
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('verifies our signatures with OpenSSL, and rejects them for another message', () => {
    for (const message of ['证书 ZP-2024-000123', 'x'.repeat(500)]) {
      const keys = generateSm2KeyPair();
      fs.writeFileSync(file('public.pem'), publicKeyPem(keys.publicKey));
      fs.writeFileSync(
        file('signature.der'),
        Buffer.from(createSm2Signer(keys.privateKey).signDer(message), 'hex'),
      );
      const verify = (text: string) => {
        fs.writeFileSync(file('message'), text);
        try {
          return openssl(
            'pkeyutl',
            '-verify',
            '-pubin',
            '-inkey',
            file('public.pem'),
            '-rawin',
            '-in',
            file('message'),
            '-sigfile',
            file('signature.der'),
            ...withId,
          );
        } catch (error) {
          return String((error as { stdout?: Buffer }).stdout ?? '');
        }
      };
      expect(verify(message)).toMatch(/Signature Verified Successfully/);
      expect(verify(`${message}!`)).not.toMatch(/Signature Verified Successfully/);
    }
  });

  it('derives the public key of an OpenSSL key and accepts its signatures', () => {
    for (let i = 0; i < 2; i++) {
      const message = `证书 ZP-${i}`;
      fs.writeFileSync(file('message'), message);
      openssl('genpkey', '-algorithm', 'SM2', '-out', file('key.pem'));
      const text = openssl('pkey', '-in', file('key.pem'), '-text', '-noout');
      // "priv:" and "pub:" are followed by indented lines of colon-separated hex bytes.
      const field = (label: string) => text.split(label)[1]!.split(/\n\S/)[0]!.replace(/[\s:]/g, '');
      const privateKey = field('priv:').padStart(64, '0').slice(-64);
      const publicKey = field('pub:');
      expect(publicKeyOf(privateKey)).toBe(publicKey);
      openssl(
        'pkeyutl',
        '-sign',
        '-inkey',
        file('key.pem'),
        '-rawin',
        '-in',
        file('message'),
        ...withId,
        '-out',
        file('theirs.der'),
      );
      const signature = derToRawSignature(fs.readFileSync(file('theirs.der')).toString('hex'));
      expect(signature).not.toBeNull();
      expect(sm2Verify(message, signature!, publicKey)).toBe(true);
      expect(sm2Verify(`${message}!`, signature!, publicKey)).toBe(false);
    }
  });
});
