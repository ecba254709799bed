import crypto from 'node:crypto';

/** SM3 digest (GB/T 32905) as lowercase hex. */
export function sm3Hex(data: string | Buffer): string {
  return crypto.createHash('sm3').update(data).digest('hex');
}

/** Keyed SM3 (HMAC-SM3): a searchable hash of personal identifiers that is useless without the key. */
export function hmacSm3Hex(key: Buffer, data: string): string {
  return crypto.createHmac('sm3', key).update(data).digest('hex');
}

/** A URL-safe random token for sessions and CSRF. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/**
 * Field encryption with SM4-CBC (GB/T 32907) and a random IV per value. Node's OpenSSL
 * build offers no SM4-GCM, so integrity comes from an HMAC-SM3 tag over IV and
 * ciphertext (encrypt-then-MAC), with a key derived separately from the encryption key.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed hash for exact-match lookups of the same value. */
  lookupHash(plain: string): string;
  /**
   * A cipher whose keys are derived from the master secret and `context`: what it seals
   * opens only with the same context, so erasing a stored context (e.g. a voting round's
   * salt) leaves its ciphertexts unreadable even to a holder of the master secret.
   */
  forContext(context: string): FieldCipher;
}

function deriveKey(master: Buffer, context: string, label: string, length: number): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.from(context, 'utf8'), label, length));
}

/** Builds the cipher from the 32-byte master secret (and an optional derivation context). */
export function createFieldCipher(masterKey: Buffer, context = ''): FieldCipher {
  if (masterKey.length < 32) throw new Error('主密钥长度不足32字节');
  // The empty context keeps the keys every stored value was sealed with so far.
  const encKey = deriveKey(masterKey, context, 'zhiping/sm4-field', 16);
  const macKey = deriveKey(masterKey, context, 'zhiping/sm3-mac', 32);
  const lookupKey = deriveKey(masterKey, context, 'zhiping/lookup', 32);
  return {
    forContext(next) {
      if (!next) throw new Error('派生上下文不能为空');
      return createFieldCipher(masterKey, context ? `${context}/${next}` : next);
    },
    encrypt(plain) {
      const iv = crypto.randomBytes(16);
      const cipher = crypto.createCipheriv('sm4-cbc', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = crypto.createHmac('sm3', macKey).update(iv).update(body).digest();
      return `v1.${iv.toString('base64url')}.${body.toString('base64url')}.${tag.toString('base64url')}`;
    },
    decrypt(sealed) {
      const [version, ivText, bodyText, tagText] = sealed.split('.');
      if (version !== 'v1' || !ivText || !bodyText || !tagText) throw new Error('密文格式不正确');
      const iv = Buffer.from(ivText, 'base64url');
      const body = Buffer.from(bodyText, 'base64url');
      const expected = crypto.createHmac('sm3', macKey).update(iv).update(body).digest();
      const tag = Buffer.from(tagText, 'base64url');
      if (tag.length !== expected.length || !crypto.timingSafeEqual(tag, expected)) {
        throw new Error('密文校验失败');
      }
      const decipher = crypto.createDecipheriv('sm4-cbc', encKey, iv);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
    lookupHash(plain) {
      return hmacSm3Hex(lookupKey, plain);
    },
  };
}
