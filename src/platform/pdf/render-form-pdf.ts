import { PDFDocument } from 'pdf-lib';
import { embedCjkFonts } from './cjk-font';
import { drawSignatures } from './form-signatures';
import { FORM_STYLE } from './form-style';
import { drawFormTitle } from './form-title';
import { drawPageFooters, reservePageFooter } from './page-footer';
import type { PdfForm, PdfSection } from './pdf-form';
import { PdfLayout } from './pdf-layout';
import { drawFieldsSection } from './section-fields';
import { drawParagraphsSection } from './section-paragraphs';
import { drawTableSection } from './section-table';

function drawSection(layout: PdfLayout, section: PdfSection): void {
  if ('fields' in section) drawFieldsSection(layout, section);
  else if ('table' in section) drawTableSection(layout, section);
  else drawParagraphsSection(layout, section);
}

/** Vertical space before the next block, unless it starts a page anyway. */
function gap(layout: PdfLayout): void {
  if (layout.y < layout.top) layout.y -= Math.min(FORM_STYLE.sectionGap, layout.remaining);
}

/**
 * Renders a form as an A4 PDF (landscape on request) with embedded Chinese text: the title block,
 * the sections in order (label/value grids, tables whose header repeats on each page, wrapped
 * paragraphs), signature boxes, and on every page the footer and "第 n 页 共 m 页". Pages break
 * automatically. Characters the font lacks (emoji, rare ideographs) print as "□".
 */
export async function renderFormPdf(form: PdfForm): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(form.title, { showInWindowTitleBar: true });
  doc.setLanguage('zh-CN');
  doc.setCreator('职评');
  doc.setProducer('职评 (pdf-lib)');
  const layout = new PdfLayout(doc, await embedCjkFonts(doc), form.landscape ?? false);
  const footerLines = reservePageFooter(layout, form.footer);

  drawFormTitle(layout, form);
  for (const section of form.sections) {
    drawSection(layout, section);
    gap(layout);
  }
  if (form.signatures?.length) drawSignatures(layout, form.signatures);
  drawPageFooters(layout, footerLines);
  return doc.save();
}
