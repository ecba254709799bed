/** One non-blank row of an imported sheet: its spreadsheet row number (header = 1) and cell texts. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A row whose every cell is empty or white space: skipped, as Excel users leave them about. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}
