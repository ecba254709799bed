import { grayscale } from 'pdf-lib';

/**
 * The look of every form, in PDF points (1/72 inch). Sizes follow the Chinese type-size names
 * official forms are specified in: 小二 18pt for the title, 五号 10.5pt for body text, 小五 9pt
 * for dense tables.
 */
export const FORM_STYLE = {
  margin: { top: 48, right: 46, bottom: 40, left: 46 },
  size: {
    title: 18,
    subtitle: 12,
    meta: 9,
    heading: 11,
    body: 10.5,
    table: 9,
    footer: 8,
  },
  /** Line height as a multiple of the type size: CJK text needs more air than Latin. */
  leading: 1.45,
  cellPadding: { x: 5, y: 3.5 },
  sectionGap: 8,
  /** First-line indent of a paragraph, in characters (首行缩进两字). */
  paragraphIndent: 2,
  paragraphGap: 3,
  signatureHeight: 78,
  signaturesPerRow: { portrait: 2, landscape: 3 },
  ink: grayscale(0),
  footerInk: grayscale(0.3),
  rule: { width: 0.6, color: grayscale(0) },
  fill: { heading: grayscale(0.86), label: grayscale(0.95), tableHeader: grayscale(0.92) },
} as const;
