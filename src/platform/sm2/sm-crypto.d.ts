/** The part of sm-crypto (no published types for 0.3) that tests and the benchmark use. */
declare module 'sm-crypto' {
  interface Sm2SignatureOptions {
    hash?: boolean;
    der?: boolean;
    publicKey?: string;
    userId?: string;
  }
  export const sm2: {
    doSignature(message: string | number[], privateKey: string, options?: Sm2SignatureOptions): string;
    doVerifySignature(
      message: string | number[],
      signature: string,
      publicKey: string,
      options?: Omit<Sm2SignatureOptions, 'publicKey'>,
    ): boolean;
    generateKeyPairHex(): { privateKey: string; publicKey: string };
  };
}
