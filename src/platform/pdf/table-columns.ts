import { FORM_STYLE } from './form-style';
import type { PdfTableColumn } from './pdf-form';
import type { PdfLayout, TextStyle } from './pdf-layout';

/** How many rows are measured to size auto columns: enough to see the data, bounded in cost. */
const SAMPLE_ROWS = 200;

interface AutoColumn {
  /** Below this the column's words would break mid-word. */
  floor: number;
  /** The width at which nothing in the column wraps. */
  desired: number;
}

function measureColumn(
  layout: PdfLayout,
  index: number,
  column: PdfTableColumn,
  rows: string[][],
  styles: { header: TextStyle; cell: TextStyle },
): AutoColumn {
  const pad = 2 * FORM_STYLE.cellPadding.x;
  const header = layout.contentWidths(column.title, styles.header);
  let cellMin = 0;
  let cellMax = 0;
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    const widths = layout.contentWidths(row[index] ?? '', styles.cell);
    cellMin = Math.max(cellMin, widths.min);
    cellMax = Math.max(cellMax, widths.max);
  }
  // Short values (姓名, 职称, dates) stay on one line; longer text may wrap down to six
  // characters' width, and a long unbreakable word breaks rather than take over the table.
  // Headers likewise wrap only beyond six characters.
  const six = 6 * styles.cell.size;
  const cellFloor = Math.min(cellMax, Math.max(cellMin, six), 0.3 * layout.contentWidth);
  const floor = Math.max(Math.min(header.max, 6 * styles.header.size), cellFloor);
  return { floor: floor + pad, desired: Math.max(header.max, cellMax, floor) + pad };
}

/**
 * Column widths filling the content width exactly. Given widths are kept; the other columns share
 * what is left: each gets its desired width if all fit (spare room shared in proportion), else its
 * floor plus a share of the rest in proportion to how much more it wants. When even the floors do
 * not fit, everything is scaled down alike and long words break.
 */
export function tableColumnWidths(
  layout: PdfLayout,
  columns: PdfTableColumn[],
  rows: string[][],
  styles: { header: TextStyle; cell: TextStyle },
): number[] {
  const total = layout.contentWidth;
  const auto = columns.map((c, i) =>
    c.width === undefined ? measureColumn(layout, i, c, rows, styles) : undefined,
  );
  const fixedSum = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const floorSum = auto.reduce((sum, a) => sum + (a?.floor ?? 0), 0);
  const desiredSum = auto.reduce((sum, a) => sum + (a?.desired ?? 0), 0);
  const rest = total - fixedSum;
  let widths: number[];
  if (floorSum === 0 || floorSum > rest) {
    const scale = total / (fixedSum + floorSum);
    widths = columns.map((c, i) => (c.width ?? auto[i]?.floor ?? 0) * scale);
  } else if (desiredSum <= rest) {
    widths = columns.map((c, i) => c.width ?? ((auto[i]?.desired ?? 0) * rest) / desiredSum);
  } else {
    const share = (rest - floorSum) / (desiredSum - floorSum);
    widths = columns.map(
      (c, i) => c.width ?? (auto[i] ? auto[i].floor + (auto[i].desired - auto[i].floor) * share : 0),
    );
  }
  // Rounding must not move the right border off the margin.
  const last = widths.length - 1;
  if (last >= 0) widths[last] = total - widths.slice(0, last).reduce((a, b) => a + b, 0);
  return widths;
}
