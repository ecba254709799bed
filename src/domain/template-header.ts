/**
 * How an import template's header row is read, the same for every template (historical titles,
 * a unit's staff): its columns in any order, extra columns ignored, a leading * marking a
 * required column allowed. Every column must be there: a renamed one would otherwise import
 * empty values without a word.
 */
export type TemplateHeader<Column extends string, Row> =
  | { ok: true; read(cells: readonly string[]): Row }
  | { ok: false; missing: Column[] };

/** Finds `columns` in `header`; a found header reads a row's cells into the row's fields (`fieldOf`). */
export function readTemplateHeader<Column extends string, Field extends string>(
  header: readonly string[],
  columns: readonly Column[],
  fieldOf: (column: Column) => Field,
): TemplateHeader<Column, Record<Field, string>> {
  const names = header.map((cell) => cell.trim().replace(/^[*＊]\s*/, ''));
  const missing = columns.filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, missing };
  const positions = columns.map((column) => [fieldOf(column), names.indexOf(column)] as const);
  return {
    ok: true,
    read(cells) {
      const row = {} as Record<Field, string>;
      for (const [field, position] of positions) row[field] = cells[position] ?? '';
      return row;
    },
  };
}
