import { type Color, PageSizes, type PDFDocument, type PDFPage } from 'pdf-lib';
import { type CjkFonts, coverText, type EmbeddedFont } from './cjk-font';
import { FORM_STYLE } from './form-style';
import { contentWidths, type WrapOptions, wrapText } from './text-wrap';

/** How a run of text is set. */
export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Color;
}

export type Align = 'left' | 'center' | 'right';

// Noto Sans CJK draws ideographs in an em box from 0.88 em above the baseline to 0.12 em below:
// centring that box in the line box centres Chinese text, and Latin text sits right with it.
const IDEOGRAPHIC_ASCENT = 0.88;

/**
 * A flow of content down A4 pages: the current page, a cursor `y` (PDF coordinates, measured up
 * from the bottom edge, so it decreases as content is added) and the text and box primitives the
 * section renderers share. It starts a new page when asked to; it knows nothing of sections.
 */
export class PdfLayout {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly left = FORM_STYLE.margin.left;
  readonly right: number;
  readonly top: number;
  bottom: number;
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  private readonly widths = new Map<string, number>();

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: CjkFonts,
    readonly landscape: boolean,
  ) {
    const [short, long] = PageSizes.A4;
    this.pageWidth = landscape ? long : short;
    this.pageHeight = landscape ? short : long;
    this.right = this.pageWidth - FORM_STYLE.margin.right;
    this.top = this.pageHeight - FORM_STYLE.margin.top;
    this.bottom = FORM_STYLE.margin.bottom;
    this.newPage();
  }

  /** Keeps `height` free above the bottom margin of every page, for a footer. Call before content. */
  reserveFooter(height: number): void {
    this.bottom = FORM_STYLE.margin.bottom + height;
  }

  get contentWidth(): number {
    return this.right - this.left;
  }

  /** Height left on the current page below the cursor. */
  get remaining(): number {
    return this.y - this.bottom;
  }

  /** Height of an empty page's content area: the most any one block can get. */
  get pageContentHeight(): number {
    return this.top - this.bottom;
  }

  newPage(): void {
    this.page = this.doc.addPage([this.pageWidth, this.pageHeight]);
    this.pages.push(this.page);
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits on this one; says whether it did. */
  ensure(height: number): boolean {
    if (height <= this.remaining || this.y === this.top) return false;
    this.newPage();
    return true;
  }

  font(style: TextStyle): EmbeddedFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  lineHeight(style: TextStyle): number {
    return style.size * FORM_STYLE.leading;
  }

  /** Width of already covered text, memoised per font: wrapping measures the same pieces often. */
  measure(text: string, style: TextStyle): number {
    const key = `${style.bold ? 'b' : 'r'}${text}`;
    let unitWidth = this.widths.get(key);
    if (unitWidth === undefined) {
      unitWidth = this.font(style).pdfFont.widthOfTextAtSize(text, 1);
      this.widths.set(key, unitWidth);
    }
    return unitWidth * style.size;
  }

  /** Text made drawable in the style's font and wrapped to `maxWidth`. */
  wrap(text: string, style: TextStyle, maxWidth: number, options?: WrapOptions): string[] {
    const covered = coverText(text, this.font(style));
    return wrapText(covered, maxWidth, (piece) => this.measure(piece, style), options);
  }

  /** The narrowest and widest `text` can be set in `style` (see {@link contentWidths}). */
  contentWidths(text: string, style: TextStyle): { min: number; max: number } {
    return contentWidths(coverText(text, this.font(style)), (piece) => this.measure(piece, style));
  }

  /**
   * Draws one line of wrapped text in the line box whose top edge is `lineTop`, aligned within
   * `[x, x + width]`.
   */
  drawLine(text: string, x: number, lineTop: number, width: number, style: TextStyle, align: Align = 'left') {
    if (!text) return;
    const textWidth = this.measure(text, style);
    const offset = align === 'center' ? (width - textWidth) / 2 : align === 'right' ? width - textWidth : 0;
    const lineHeight = this.lineHeight(style);
    const baseline = lineTop - (lineHeight - style.size) / 2 - IDEOGRAPHIC_ASCENT * style.size;
    this.page.drawText(text, {
      x: x + offset,
      y: baseline,
      size: style.size,
      font: this.font(style).pdfFont,
      color: style.color ?? FORM_STYLE.ink,
    });
  }

  /** Draws a rectangle given by its top edge, optionally filled, with the form's rule as border. */
  drawBox(x: number, top: number, width: number, height: number, fill?: Color, border = true): void {
    this.page.drawRectangle({
      x,
      y: top - height,
      width,
      height,
      color: fill,
      borderColor: border ? FORM_STYLE.rule.color : undefined,
      borderWidth: border ? FORM_STYLE.rule.width : 0,
    });
  }
}
