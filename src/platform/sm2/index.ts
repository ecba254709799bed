/**
 * SM2 digital signatures (GB/T 32918.2-2016) with SM3 and the default user ID
 * '1234567812345678'. Keys and signatures travel as hex: private key 64 digits, public key
 * '04' ‖ x ‖ y, signature r ‖ s (128 digits) or DER.
 */
export { generateSm2KeyPair, publicKeyOf, type Sm2KeyPair } from './keys';
export { createSm2Signer, type Sm2Signer } from './signature';
export { derToRawSignature } from './signature-encoding';
export { DEFAULT_USER_ID } from './user-digest';
export { sm2Verify } from './verification';
