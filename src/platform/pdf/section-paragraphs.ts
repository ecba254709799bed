import { FORM_STYLE } from './form-style';
import type { PdfParagraphsSection } from './pdf-form';
import type { PdfLayout } from './pdf-layout';
import { drawSectionHeading } from './section-heading';

const STYLE = { size: FORM_STYLE.size.body };
const PAD = FORM_STYLE.cellPadding;

/**
 * Draws a paragraphs section: its heading bar, then the wrapped paragraphs inside one bordered
 * box. The text flows on to following pages line by line; the box is closed at the foot of each
 * page and reopened at the top of the next, as a long 工作业绩 entry is printed on paper forms.
 */
export function drawParagraphsSection(layout: PdfLayout, section: PdfParagraphsSection): void {
  const lineHeight = layout.lineHeight(STYLE);
  const inner = layout.contentWidth - 2 * PAD.x;
  const indent = FORM_STYLE.paragraphIndent * STYLE.size; // ideographs are one em wide
  const paragraphs = section.paragraphs.map((p) =>
    layout.wrap(p, STYLE, inner, { firstLineWidth: inner - indent }),
  );
  const lineCount = paragraphs.reduce((n, lines) => n + lines.length, 0);
  drawSectionHeading(layout, section.heading, lineCount * lineHeight + 2 * PAD.y);

  let boxTop = layout.y;
  layout.y -= PAD.y;
  const closeBox = () => {
    layout.y -= PAD.y;
    layout.drawBox(layout.left, boxTop, layout.contentWidth, boxTop - layout.y);
  };
  paragraphs.forEach((lines, p) => {
    // Space between paragraphs, but none at the top of a box.
    if (p > 0 && layout.y < boxTop - PAD.y) layout.y -= FORM_STYLE.paragraphGap;
    lines.forEach((line, i) => {
      if (layout.remaining < lineHeight + PAD.y) {
        closeBox();
        layout.newPage();
        boxTop = layout.y;
        layout.y -= PAD.y;
      }
      const x = layout.left + PAD.x + (i === 0 ? indent : 0);
      layout.drawLine(line, x, layout.y, inner, STYLE);
      layout.y -= lineHeight;
    });
  });
  closeBox();
}
