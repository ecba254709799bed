/**
 * Finds which applicants' materials mention a given name, for many names against the same
 * texts (every candidate expert of a specialty group against that group's applicants).
 *
 * Searching each text for each name costs names × text length; instead the texts are
 * indexed once by every two-character pair: a small hash table whose buckets chain the
 * positions through a flat typed array (one pass, no object per position). A lookup walks
 * the chain of the name's first two characters, skipping positions of other pairs that
 * share the bucket with two character comparisons, and confirms the rest with `startsWith`.
 * A class rather than closures, so that every index shares one optimised lookup.
 */
/** Lookups answered by scanning before the pair index is built. */
const SCANS_BEFORE_INDEX = 64;

export class MaterialsIndex {
  private readonly joined: string;
  private readonly starts: Int32Array;
  private shift = 0;
  /** Per bucket: 1 + the last position whose pair hashes there, 0 for none (null until built). */
  private heads: Int32Array | null = null;
  /** Per position: 1 + the previous position in the same bucket, 0 for none. */
  private previous: Int32Array = new Int32Array(0);
  private lookups = 0;

  /** Indexes `texts`; lookups answer with positions in this array. */
  constructor(texts: readonly string[]) {
    // A separator no name contains, so that a match never spans two texts.
    this.joined = texts.join('\u0000');
    this.starts = textStarts(texts);
  }

  /**
   * Indices (ascending, distinct) of the texts containing `name`; null when none does or
   * `name` is shorter than 2. A draw looks up only the experts it draws, so the first
   * lookups scan the text; the pair index is built once enough lookups make it pay.
   */
  textsNaming(name: string): number[] | null {
    if (name.length < 2) return null;
    this.lookups += 1;
    if (this.heads === null && this.lookups > SCANS_BEFORE_INDEX) this.buildIndex();
    return this.heads === null ? this.scan(name) : this.lookUp(name, this.heads);
  }

  private buildIndex(): void {
    const pairs = Math.max(0, this.joined.length - 1);
    // About one bucket per four positions: a table small enough to stay in cache.
    const bits = Math.min(16, Math.max(8, Math.ceil(Math.log2(pairs + 1)) - 2));
    this.shift = 32 - bits;
    const heads = new Int32Array(1 << bits);
    this.previous = new Int32Array(pairs);
    chainPairs(this.joined, this.shift, heads, this.previous);
    this.heads = heads;
  }

  private scan(name: string): number[] | null {
    let found: number[] | null = null;
    for (let at = this.joined.indexOf(name); at !== -1; at = this.joined.indexOf(name, at + 1)) {
      const text = this.textAt(at);
      if (found === null) found = [text];
      else if (found[found.length - 1] !== text) found.push(text);
    }
    return found;
  }

  private lookUp(name: string, heads: Int32Array): number[] | null {
    const first = name.charCodeAt(0);
    const second = name.charCodeAt(1);
    const joined = this.joined;
    let found: number[] | null = null;
    // Chains run from the last position back, so texts come out descending.
    for (
      let link = heads[pairHash(first, second, this.shift)]!;
      link !== 0;
      link = this.previous[link - 1]!
    ) {
      const position = link - 1;
      if (joined.charCodeAt(position) !== first || joined.charCodeAt(position + 1) !== second) continue;
      if (!joined.startsWith(name, position)) continue;
      const text = this.textAt(position);
      if (found === null) found = [text];
      else if (found[found.length - 1] !== text) found.push(text);
    }
    return found === null ? null : found.reverse();
  }

  private textAt(position: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

function textStarts(texts: readonly string[]): Int32Array {
  const starts = new Int32Array(texts.length);
  for (let i = 1; i < texts.length; i++) starts[i] = starts[i - 1]! + texts[i - 1]!.length + 1;
  return starts;
}

/** Threads every pair position of `joined` onto its bucket's chain; kept apart so it optimises as a unit. */
function chainPairs(joined: string, shift: number, heads: Int32Array, previous: Int32Array): void {
  let first = joined.charCodeAt(0);
  for (let i = 0; i < previous.length; i++) {
    const second = joined.charCodeAt(i + 1);
    const h = pairHash(first, second, shift);
    previous[i] = heads[h]!;
    heads[h] = i + 1;
    first = second;
  }
}

function pairHash(first: number, second: number, shift: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> shift;
}
