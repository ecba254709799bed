import { type Cell, cellRowHeight, drawCellRow } from './cell-row';
import { FORM_STYLE } from './form-style';
import type { PdfFieldsSection } from './pdf-form';
import type { PdfLayout } from './pdf-layout';
import { drawSectionHeading } from './section-heading';

const STYLE = { size: FORM_STYLE.size.body };

/**
 * Width of the label cells: wide enough for the longest label on one line, within bounds, so
 * that all label columns of a section line up and the values get the rest.
 */
function labelWidth(layout: PdfLayout, section: PdfFieldsSection, slot: number): number {
  const widest = Math.max(0, ...section.fields.map((f) => layout.contentWidths(f.label, STYLE).max));
  const fourCharacters = 4 * STYLE.size;
  const most = slot * (section.columns === 2 ? 0.42 : 0.3);
  return Math.min(most, Math.max(fourCharacters, widest) + 2 * FORM_STYLE.cellPadding.x);
}

/** The rows of label/value cells; a short last row's value cell runs to the right margin. */
function fieldRows(layout: PdfLayout, section: PdfFieldsSection): Cell[][] {
  const columns = section.columns ?? 1;
  const slot = layout.contentWidth / columns;
  const label = labelWidth(layout, section, slot);
  const rows: Cell[][] = [];
  for (let i = 0; i < section.fields.length; i += columns) {
    const cells: Cell[] = [];
    let used = 0;
    const fields = section.fields.slice(i, i + columns);
    fields.forEach((field, j) => {
      // The last value takes exactly what is left, so every row's right border meets the margin.
      const value = j === fields.length - 1 ? layout.contentWidth - used - label : slot - label;
      cells.push(
        { text: field.label, width: label, style: STYLE, align: 'center', fill: FORM_STYLE.fill.label },
        { text: field.value, width: value, style: STYLE },
      );
      used += label + value;
    });
    rows.push(cells);
  }
  return rows;
}

/** Draws a fields section: its heading bar, then a grid of label and value cells. */
export function drawFieldsSection(layout: PdfLayout, section: PdfFieldsSection): void {
  const rows = fieldRows(layout, section);
  drawSectionHeading(layout, section.heading, rows[0] ? cellRowHeight(layout, rows[0]) : 0);
  for (const row of rows) drawCellRow(layout, row);
}
