import { type Cell, cellRowHeight, drawCellRow } from './cell-row';
import { FORM_STYLE } from './form-style';
import type { PdfLayout } from './pdf-layout';

function headingCell(layout: PdfLayout, heading: string): Cell {
  return {
    text: heading,
    width: layout.contentWidth,
    style: { size: FORM_STYLE.size.heading, bold: true },
    fill: FORM_STYLE.fill.heading,
  };
}

/**
 * Draws a section's heading bar at the cursor, moving to a new page first unless the heading and
 * `firstBlockHeight` of what follows fit below it: a heading never sits alone at a page's foot.
 * What follows is capped at three body lines, so a tall first block may still start here.
 */
export function drawSectionHeading(layout: PdfLayout, heading: string, firstBlockHeight: number): void {
  const cell = headingCell(layout, heading);
  const threeLines = 3 * layout.lineHeight({ size: FORM_STYLE.size.body }) + 2 * FORM_STYLE.cellPadding.y;
  layout.ensure(cellRowHeight(layout, [cell]) + Math.min(firstBlockHeight, threeLines));
  drawCellRow(layout, [cell]);
}
