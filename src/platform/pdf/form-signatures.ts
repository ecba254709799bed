import { FORM_STYLE } from './form-style';
import type { PdfLayout } from './pdf-layout';

const STYLE = { size: FORM_STYLE.size.body };
const DATE_LINE = '年　　月　　日';

/** Splits n boxes into rows as even as possible, at most `most` to a row: 4 → 2 + 2, 5 → 3 + 2. */
function rowsOf<T>(items: T[], most: number): T[][] {
  const rowCount = Math.ceil(items.length / most);
  const perRow = Math.ceil(items.length / rowCount);
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += perRow) rows.push(items.slice(i, i + perRow));
  return rows;
}

/**
 * Draws the signature and stamp boxes that close a form: each box has its caption at the top
 * left, room to sign or stamp, and 年 月 日 at the bottom right. A row of boxes is never split
 * across pages, nor are the rows when they fit on one.
 */
export function drawSignatures(layout: PdfLayout, captions: string[]): void {
  const most = layout.landscape
    ? FORM_STYLE.signaturesPerRow.landscape
    : FORM_STYLE.signaturesPerRow.portrait;
  const pad = FORM_STYLE.cellPadding;
  const lineHeight = layout.lineHeight(STYLE);
  const rows = rowsOf(captions, most).map((row) => {
    const width = layout.contentWidth / row.length;
    const wrapped = row.map((caption) => layout.wrap(caption, STYLE, width - 2 * pad.x));
    const captionHeight = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight;
    const height = Math.max(FORM_STYLE.signatureHeight, captionHeight + 2 * lineHeight + 2 * pad.y);
    return { width, wrapped, height };
  });
  // The boxes stay together when they fit on one page: a lone stamp box overleaf invites doubt.
  const total = rows.reduce((sum, row) => sum + row.height, 0);
  if (total <= layout.pageContentHeight) layout.ensure(total);
  for (const { width, wrapped, height } of rows) {
    layout.ensure(height);
    const top = layout.y;
    wrapped.forEach((lines, i) => {
      const x = layout.left + i * width;
      layout.drawBox(x, top, width, height);
      lines.forEach((line, j) => {
        layout.drawLine(line, x + pad.x, top - pad.y - j * lineHeight, width - 2 * pad.x, STYLE);
      });
      const dateTop = top - height + pad.y + lineHeight;
      layout.drawLine(DATE_LINE, x + pad.x, dateTop, width - 2 * pad.x - 2 * STYLE.size, STYLE, 'right');
    });
    layout.y -= height;
  }
}
