import type { Db } from '../../db/client';
import type { SigningKeyRecord } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { FieldCipher } from '../../platform/crypto';
import { createSm2Signer, DEFAULT_USER_ID, generateSm2KeyPair } from '../../platform/sm2';
import {
  allSigningKeys,
  countSigningKeys,
  insertSigningKey,
  lockSigningKeys,
  usableSigningKey,
} from './signing-keys.repository';

/** A key as published at /api/v1/public/keys and as an offline verifier trusts it. */
export interface PublicSigningKey {
  keyId: string;
  algorithm: 'SM2';
  hash: 'SM3';
  userId: string;
  /** '04' ‖ x ‖ y, 130 hex digits. */
  publicKey: string;
  validFrom: string;
  validUntil: string;
  status: 'active' | 'retired';
}

/** What signs one document: the key's id and SM2 over the UTF-8 message, r ‖ s in hex. */
export interface CertificateSigner {
  keyId: string;
  sign(message: string): string;
}

/** How long a new signing key is used for; verification keeps trusting it for what it signed then. */
const KEY_VALIDITY_YEARS = 2;

function published(key: SigningKeyRecord): PublicSigningKey {
  return {
    keyId: key.id,
    algorithm: 'SM2',
    hash: 'SM3',
    userId: DEFAULT_USER_ID,
    publicKey: key.publicKey,
    validFrom: key.validFrom.toISOString(),
    validUntil: key.validUntil.toISOString(),
    status: key.status === 'retired' ? 'retired' : 'active',
  };
}

/** Every signing key there has been, oldest first, as the public sees them. */
export async function listPublicKeys(db: Db): Promise<PublicSigningKey[]> {
  const rows = await allSigningKeys(db);
  return rows.map(published);
}

/**
 * The certificate signing key registry. A key is made on first use (and again when the last
 * one has expired), its private half sealed with the master secret; the signer is kept in
 * memory so that signing costs one SM2 operation, not a decryption.
 */
export function createSigningKeys(deps: { db: Db; clock: Clock; cipher: FieldCipher }) {
  const { db, clock, cipher } = deps;
  let current: { signer: CertificateSigner; validUntil: Date } | null = null;

  async function loadOrCreate(): Promise<{ signer: CertificateSigner; validUntil: Date }> {
    const now = clock.now();
    return db.transaction(async (tx) => {
      // One process makes the key; the others wait here and then find it.
      await lockSigningKeys(tx);
      let key = await usableSigningKey(tx, now);
      if (!key) {
        const pair = generateSm2KeyPair();
        const validUntil = new Date(now);
        validUntil.setUTCFullYear(validUntil.getUTCFullYear() + KEY_VALIDITY_YEARS);
        const n = await countSigningKeys(tx);
        key = await insertSigningKey(tx, {
          id: `ZP-SM2-${now.getUTCFullYear()}-${String(n + 1).padStart(2, '0')}`,
          publicKey: pair.publicKey,
          privateKeyCipher: cipher.encrypt(pair.privateKey),
          validFrom: now,
          validUntil,
        });
      }
      const signer = createSm2Signer(cipher.decrypt(key.privateKeyCipher));
      return {
        signer: { keyId: key.id, sign: (message: string) => signer.sign(message) },
        validUntil: key.validUntil,
      };
    });
  }

  return {
    /** The signer for documents made now. */
    async activeSigner(): Promise<CertificateSigner> {
      if (!current || current.validUntil <= clock.now()) current = await loadOrCreate();
      return current.signer;
    },
    listPublicKeys: () => listPublicKeys(db),
  };
}

export type SigningKeys = ReturnType<typeof createSigningKeys>;
