/** Printable Chinese forms as PDF: 评审表, 公示表, 通知 and the like. */
export { type CjkFonts, coverText, type EmbeddedFont, embedCjkFonts, MISSING_GLYPH } from './cjk-font';
export { mergePdfs } from './merge-pdfs';
export {
  fieldsOf,
  type PdfField,
  type PdfFieldsSection,
  type PdfForm,
  type PdfParagraphsSection,
  type PdfSection,
  type PdfTableColumn,
  type PdfTableSection,
} from './pdf-form';
export { drawQrCode, type QrCodeBox } from './qr-code';
export { renderFormPdf } from './render-form-pdf';
