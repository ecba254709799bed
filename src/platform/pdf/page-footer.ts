import { FORM_STYLE } from './form-style';
import type { PdfLayout } from './pdf-layout';

const FOOTER_STYLE = { size: FORM_STYLE.size.footer, color: FORM_STYLE.footerInk };
const NUMBER_STYLE = { size: FORM_STYLE.size.meta };
const GAP = 4;

/**
 * Keeps room at the foot of every page for the footer text, wrapped, above the page number.
 * Returns the footer's lines for {@link drawPageFooters}. Call before any content is laid out.
 */
export function reservePageFooter(layout: PdfLayout, footer: string | undefined): string[] {
  const lines = footer ? layout.wrap(footer, FOOTER_STYLE, layout.contentWidth) : [];
  layout.reserveFooter(lines.length ? lines.length * layout.lineHeight(FOOTER_STYLE) + GAP : 0);
  return lines;
}

/**
 * Draws the footer and "第 n 页 共 m 页" on every page. Runs after all content, when the page
 * count is known.
 */
export function drawPageFooters(layout: PdfLayout, footerLines: string[]): void {
  const footerHeight = footerLines.length * layout.lineHeight(FOOTER_STYLE);
  const total = layout.pages.length;
  layout.pages.forEach((page, i) => {
    layout.page = page;
    let lineTop = FORM_STYLE.margin.bottom + footerHeight;
    for (const line of footerLines) {
      layout.drawLine(line, layout.left, lineTop, layout.contentWidth, FOOTER_STYLE, 'center');
      lineTop -= layout.lineHeight(FOOTER_STYLE);
    }
    drawPageNumber(layout, i + 1, total);
  });
}

/**
 * "第 n 页 共 m 页", each word drawn on its own, half an em apart. Text extractors rebuild spaces
 * from glyph positions: `pdftotext -layout` drops space glyphs and any gap under about 0.45 em
 * here, so a plain "第 2 页" (a 0.22 em space) would be extracted as "第2页".
 */
function drawPageNumber(layout: PdfLayout, page: number, total: number): void {
  const words = ['第', String(page), '页', '共', String(total), '页'];
  const gap = 0.55 * NUMBER_STYLE.size;
  const widths = words.map((word) => layout.measure(word, NUMBER_STYLE));
  const width = widths.reduce((a, b) => a + b, 0) + gap * (words.length - 1);
  let x = layout.left + (layout.contentWidth - width) / 2;
  words.forEach((word, i) => {
    const wordWidth = widths[i] ?? 0;
    layout.drawLine(word, x, FORM_STYLE.margin.bottom - GAP, wordWidth, NUMBER_STYLE);
    x += wordWidth + gap;
  });
}
