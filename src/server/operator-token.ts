import crypto from 'node:crypto';

/**
 * The local operator token. A server on the embedded database holds its data directory alone,
 * so the CLI on the same machine asks it instead of opening the directory (DESIGN: PGlite is
 * one process's). Commands that read or change what only staff may (replay a draw, sweep the
 * deadlines, verify the audit chain) need a credential, and an operator at the console has no
 * user account to log in with: the server makes a random token at start and writes it into
 * the data directory's lock file, readable by its owner only (mode 0600, like `secret.key`
 * beside it). Whoever can read it can read the database files and the encryption key anyway,
 * so it grants nothing the file system did not; it dies with the process, is never logged
 * (Authorization is redacted) and is compared in constant time.
 */
export function createOperatorToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

const digest = (text: string) => crypto.createHash('sha256').update(text).digest();

/** Whether an `Authorization: Bearer …` header carries `expected`. */
export function operatorTokenMatches(expected: string | null, header: string | undefined): boolean {
  if (!expected || !header?.startsWith('Bearer ')) return false;
  return crypto.timingSafeEqual(digest(header.slice('Bearer '.length)), digest(expected));
}
