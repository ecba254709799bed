import fc from 'fast-check';

/**
 * Characters the fuzzer writes into strings. NUL and unpaired surrogates are what PostgreSQL and
 * UTF-8 cannot store; the server refuses them centrally (400 INVALID_TEXT). Until that check is
 * merged, `ZHIPING_FUZZ_SKIP_TEXT_HYGIENE=1` leaves them out so every other finding shows.
 */
export const textHygieneSkipped = process.env.ZHIPING_FUZZ_SKIP_TEXT_HYGIENE === '1';

/** The characters no string may carry into storage. */
export const HOSTILE_CHARACTERS: readonly string[] = textHygieneSkipped ? [] : ['\u0000', '\ud800', '\udfff'];

const chinese = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
const printableAscii = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
const awkward = fc.constantFrom(
  ' ',
  '\t',
  '\n',
  '\r',
  '\u0001',
  '\u007f',
  '\u00a0',
  '\u3000', // full-width space
  '\u200b', // zero-width space
  '\ufeff',
  '\u202e', // right-to-left override
  '·',
  '𠮷', // outside the BMP: a well-formed surrogate pair
  '😀',
  "'",
  '"',
  '\\',
  '%',
  '_',
  '<',
  '&',
);

/** One character of text: mostly Chinese and ASCII, some awkward but storable ones, and (unless skipped) hostile ones. */
export const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: chinese },
  { weight: 4, arbitrary: printableAscii },
  { weight: 1, arbitrary: awkward },
  ...(HOSTILE_CHARACTERS.length > 0
    ? [{ weight: 1, arbitrary: fc.constantFrom(...HOSTILE_CHARACTERS) }]
    : []),
);

/** Text of `minLength`…`maxLength` characters, favouring the boundaries. */
export function text(minLength = 0, maxLength = 40): fc.Arbitrary<string> {
  const max = Math.max(minLength, Math.min(maxLength, minLength + 60));
  const exactly = (n: number) => fc.string({ unit: chinese, minLength: n, maxLength: n });
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: textUnit, minLength, maxLength: max }) },
    { weight: 1, arbitrary: exactly(minLength) },
    { weight: 1, arbitrary: exactly(Math.min(maxLength, minLength + 400)) },
  );
}

/** A string far over any field's limit (but under the 1 MB body limit), or over the body limit. */
export const hugeString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('x'.repeat(100_000), '职'.repeat(300_000)),
  { weight: 1, arbitrary: fc.constant('长'.repeat(400_001)) },
);

/** Inserts a hostile character into `value` at a chosen position (identity when they are skipped). */
export function withHostileCharacter(value: string, which: number, at: number): string {
  if (HOSTILE_CHARACTERS.length === 0) return value;
  const char = HOSTILE_CHARACTERS[which % HOSTILE_CHARACTERS.length]!;
  const position = value.length === 0 ? 0 : at % (value.length + 1);
  return value.slice(0, position) + char + value.slice(position);
}
