import { type Cell, cellRowHeight, drawCellRow } from './cell-row';
import { FORM_STYLE } from './form-style';
import type { PdfTableSection } from './pdf-form';
import type { Align, PdfLayout } from './pdf-layout';
import { drawSectionHeading } from './section-heading';
import { tableColumnWidths } from './table-columns';

const STYLES = {
  header: { size: FORM_STYLE.size.table, bold: true },
  cell: { size: FORM_STYLE.size.table },
};

/**
 * Columns of short values that each fit on one line (序号, 姓名, 职称, dates, results) are
 * centred, as in printed 公示表; columns of names and running text are left-aligned, so their
 * lines start at the same place.
 */
function columnAlignments(layout: PdfLayout, rows: string[][], widths: number[]): Align[] {
  const short = 8 * STYLES.cell.size;
  return widths.map((width, i) => {
    const inner = width - 2 * FORM_STYLE.cellPadding.x;
    const centred = rows.every((row) => {
      const text = row[i] ?? '';
      return layout.contentWidths(text, STYLES.cell).max <= Math.min(inner, short) && !text.includes('\n');
    });
    return centred ? 'center' : 'left';
  });
}

/**
 * Draws a table section: its heading bar, the header row, then the rows; every row's height grows
 * with its tallest cell, and each page the table continues on starts with the header row again.
 */
export function drawTableSection(layout: PdfLayout, section: PdfTableSection): void {
  const { columns, rows } = section.table;
  const tooLong = rows.findIndex((row) => row.length > columns.length);
  if (tooLong >= 0) throw new Error(`表格“${section.heading}”第${tooLong + 1}行的单元格多于列数`);
  const widths = tableColumnWidths(layout, columns, rows, STYLES);
  const aligns = columnAlignments(layout, rows, widths);
  const header: Cell[] = columns.map((column, i) => ({
    text: column.title,
    width: widths[i] ?? 0,
    style: STYLES.header,
    align: 'center',
    fill: FORM_STYLE.fill.tableHeader,
  }));
  const cellsOf = (row: string[]): Cell[] =>
    columns.map((_, i) => ({
      text: row[i] ?? '',
      width: widths[i] ?? 0,
      style: STYLES.cell,
      align: aligns[i],
    }));
  const drawHeader = () => drawCellRow(layout, header);

  const first = rows[0];
  const headerHeight = cellRowHeight(layout, header);
  drawSectionHeading(
    layout,
    section.heading,
    headerHeight + (first ? cellRowHeight(layout, cellsOf(first)) : 0),
  );
  drawHeader();
  for (const row of rows) drawCellRow(layout, cellsOf(row), { onNewPage: drawHeader });
}
