import { FORM_STYLE } from './form-style';
import type { PdfField, PdfForm } from './pdf-form';
import type { PdfLayout, TextStyle } from './pdf-layout';

/**
 * Draws text centred across the content width at the cursor. A long title wraps within 90% of
 * the width, into lines of even length: a title running margin to margin, or ending in a
 * one-character line, reads badly.
 */
function drawCentred(layout: PdfLayout, text: string, style: TextStyle): void {
  let width = layout.contentWidth * 0.9;
  const lineCount = layout.wrap(text, style, width).length;
  // The narrowest width that still needs no more lines, to a point.
  for (let low = width / 2, high = width; lineCount > 1 && high - low > 1; ) {
    const middle = (low + high) / 2;
    if (layout.wrap(text, style, middle).length > lineCount) low = middle;
    else high = width = middle;
  }
  for (const line of layout.wrap(text, style, width)) {
    layout.drawLine(line, layout.left, layout.y, layout.contentWidth, style, 'center');
    layout.y -= layout.lineHeight(style);
  }
}

/** 编号：ZP-2026-0001 — the colon is added unless the label already ends with one. */
function metaText(field: PdfField): string {
  return /[：:]$/.test(field.label) ? `${field.label}${field.value}` : `${field.label}：${field.value}`;
}

/**
 * The meta line, like the 编号 and 填表日期 above a printed form's grid: the first field flush
 * left, the last flush right, any others spaced evenly between. When they do not fit on one line
 * the fields share the width equally and wrap within their share.
 */
function drawMeta(layout: PdfLayout, meta: PdfField[]): void {
  const style = { size: FORM_STYLE.size.meta };
  const texts = meta.map(metaText);
  const widths = texts.map((text) => layout.contentWidths(text, style).max);
  const free = layout.contentWidth - widths.reduce((a, b) => a + b, 0);
  const minimumGap = 2 * style.size;
  if (free >= minimumGap * (meta.length - 1)) {
    const gap = meta.length > 1 ? free / (meta.length - 1) : 0;
    let x = layout.left;
    texts.forEach((text, i) => {
      const [line = ''] = layout.wrap(text, style, Number.POSITIVE_INFINITY);
      layout.drawLine(line, x, layout.y, widths[i] ?? 0, style);
      x += (widths[i] ?? 0) + gap;
    });
    layout.y -= layout.lineHeight(style);
    return;
  }
  const slot = layout.contentWidth / meta.length;
  let lowest = layout.y;
  texts.forEach((text, i) => {
    let lineTop = layout.y;
    for (const line of layout.wrap(text, style, slot - minimumGap)) {
      layout.drawLine(line, layout.left + i * slot, lineTop, slot - minimumGap, style);
      lineTop -= layout.lineHeight(style);
    }
    lowest = Math.min(lowest, lineTop);
  });
  layout.y = lowest;
}

/** Draws the title, subtitle and meta line at the top of the first page. */
export function drawFormTitle(layout: PdfLayout, form: PdfForm): void {
  layout.y -= 4;
  drawCentred(layout, form.title, { size: FORM_STYLE.size.title, bold: true });
  if (form.subtitle) {
    layout.y -= 2;
    drawCentred(layout, form.subtitle, { size: FORM_STYLE.size.subtitle });
  }
  layout.y -= 8;
  if (form.meta?.length) {
    drawMeta(layout, form.meta);
    layout.y -= 3;
  }
}
