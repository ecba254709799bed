import type { PublicCertificate } from './certificate-view';

/** The answer's fields after `number`, in the order they are written; `revokedOn` only when set. */
const FIELDS = [
  'status',
  'holder',
  'title',
  'series',
  'level',
  'specialty',
  'committee',
  'announcement',
  'issuedOn',
  'revokedOn',
] as const;
const WIDTH = FIELDS.length;
const REVOKED_ON = FIELDS.indexOf('revokedOn');

/**
 * Verification answers for every certificate of the ledger, small enough to keep them all in
 * memory: each field's JSON text is interned once (a million certificates share a few thousand
 * titles, committees and dates, and masked names repeat), so an answer is ten integers in a
 * typed array plus its number in a map — about 100 bytes instead of a kilobyte of objects.
 * The JSON is put together on the way out, byte-for-byte what `JSON.stringify` of the view gives.
 */
export function createCompactAnswerStore() {
  const texts: string[] = ['null'];
  const textIds = new Map<string, number>([['null', 0]]);
  const rows = new Map<string, number>();
  const free: number[] = [];
  let columns = new Int32Array(1024 * WIDTH);
  let used = 0;

  function intern(value: string | undefined): number {
    const text = value === undefined ? 'null' : JSON.stringify(value);
    let id = textIds.get(text);
    if (id === undefined) {
      id = texts.length;
      texts.push(text);
      textIds.set(text, id);
    }
    return id;
  }

  function allocate(): number {
    const reused = free.pop();
    if (reused !== undefined) return reused;
    if ((used + 1) * WIDTH > columns.length) {
      const grown = new Int32Array(columns.length * 2);
      grown.set(columns);
      columns = grown;
    }
    return used++;
  }

  return {
    set(number: string, view: PublicCertificate): void {
      let row = rows.get(number);
      if (row === undefined) {
        row = allocate();
        rows.set(number, row);
      }
      for (let i = 0; i < WIDTH; i++)
        columns[row * WIDTH + i] = intern(view[FIELDS[i] as keyof PublicCertificate]);
    },
    /** The answer's JSON, or undefined when the number is not held. */
    get(number: string): string | undefined {
      const row = rows.get(number);
      if (row === undefined) return undefined;
      const at = row * WIDTH;
      let json = `{"number":${JSON.stringify(number)}`;
      for (let i = 0; i < WIDTH; i++) {
        const id = columns[at + i] as number;
        if (i === REVOKED_ON && id === 0) continue;
        json += `,"${FIELDS[i]}":${texts[id]}`;
      }
      return `${json}}`;
    },
    delete(number: string): void {
      const row = rows.get(number);
      if (row === undefined) return;
      rows.delete(number);
      free.push(row);
    },
    clear(): void {
      rows.clear();
      free.length = 0;
      used = 0;
    },
    get size() {
      return rows.size;
    },
  };
}

export type CompactAnswerStore = ReturnType<typeof createCompactAnswerStore>;
