import type { Color } from 'pdf-lib';
import { FORM_STYLE } from './form-style';
import type { Align, PdfLayout, TextStyle } from './pdf-layout';

/** One bordered cell of a row: its text wraps within its width. */
export interface Cell {
  text: string;
  width: number;
  style: TextStyle;
  align?: Align;
  fill?: Color;
}

/** Options of {@link drawCellRow}. */
export interface RowOptions {
  /** Called on every page the row moves or continues to, before the row: a repeated header. */
  onNewPage?: () => void;
  minHeight?: number;
}

interface WrappedCell {
  cell: Cell;
  x: number;
  lines: string[];
  lineHeight: number;
}

const PAD = FORM_STYLE.cellPadding;

function wrapCells(layout: PdfLayout, cells: Cell[]): WrappedCell[] {
  let x = layout.left;
  return cells.map((cell) => {
    const wrapped = {
      cell,
      x,
      lines: layout.wrap(cell.text, cell.style, cell.width - 2 * PAD.x),
      lineHeight: layout.lineHeight(cell.style),
    };
    x += cell.width;
    return wrapped;
  });
}

function heightOf(cells: WrappedCell[], minHeight = 0): number {
  const text = Math.max(0, ...cells.map((c) => c.lines.length * c.lineHeight));
  return Math.max(minHeight, text + 2 * PAD.y);
}

/** Height a row of these cells takes when it is not split across pages. */
export function cellRowHeight(layout: PdfLayout, cells: Cell[], minHeight?: number): number {
  return heightOf(wrapCells(layout, cells), minHeight);
}

/**
 * Draws one piece of a row at the cursor. Fills go first and are inset by half a rule, so a
 * neighbour's fill never paints over a shared border; then borders; then text, vertically centred
 * for a whole row and top-aligned for the pieces of a split one.
 */
function drawPiece(layout: PdfLayout, cells: WrappedCell[], height: number, centred: boolean): void {
  const top = layout.y;
  const inset = FORM_STYLE.rule.width / 2;
  for (const { cell, x } of cells) {
    if (cell.fill)
      layout.drawBox(x + inset, top - inset, cell.width - 2 * inset, height - 2 * inset, cell.fill, false);
  }
  for (const { cell, x } of cells) layout.drawBox(x, top, cell.width, height);
  for (const { cell, x, lines, lineHeight } of cells) {
    const block = lines.length * lineHeight;
    let lineTop = centred ? top - (height - block) / 2 : top - PAD.y;
    for (const line of lines) {
      layout.drawLine(line, x + PAD.x, lineTop, cell.width - 2 * PAD.x, cell.style, cell.align);
      lineTop -= lineHeight;
    }
  }
  layout.y -= height;
}

function startNewPage(layout: PdfLayout, options: RowOptions): void {
  layout.newPage();
  options.onNewPage?.();
}

/**
 * Draws a row of bordered cells at the cursor, the cells laid side by side from the left margin.
 * The row's height grows with its tallest cell. A row that does not fit moves whole to the next
 * page, unless it is taller than a third of a page: that one is split, line by line, across
 * pages.
 */
export function drawCellRow(layout: PdfLayout, cells: Cell[], options: RowOptions = {}): void {
  const wrapped = wrapCells(layout, cells);
  const height = heightOf(wrapped, options.minHeight);
  // A row up to a third of a page moves whole; a taller one is split rather than leave half a
  // page blank.
  if (height > layout.remaining && height <= layout.pageContentHeight / 3) startNewPage(layout, options);
  if (height <= layout.remaining) {
    drawPiece(layout, wrapped, height, true);
    return;
  }
  let rest = wrapped;
  let fresh = false;
  while (rest.some((c) => c.lines.length > 0)) {
    const room = layout.remaining - 2 * PAD.y;
    const pieces = rest.map((c) => ({ ...c, lines: c.lines.slice(0, Math.floor(room / c.lineHeight)) }));
    if (pieces.every((c) => c.lines.length === 0)) {
      // Not one line fits even below a fresh page's header: give up rather than loop.
      if (fresh) throw new Error('表格行的一行文字高于整页');
      startNewPage(layout, options);
      fresh = true;
      continue;
    }
    drawPiece(layout, pieces, heightOf(pieces), false);
    rest = rest.map((c, i) => ({ ...c, lines: c.lines.slice(pieces[i]?.lines.length ?? 0) }));
    fresh = false;
    if (rest.some((c) => c.lines.length > 0)) {
      startNewPage(layout, options);
      fresh = true;
    }
  }
}
