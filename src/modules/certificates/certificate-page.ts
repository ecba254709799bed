import {
  type Color,
  PageSizes,
  type PDFDocument,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setCharacterSpacing,
} from 'pdf-lib';
import { type CjkFonts, coverText, drawQrCode } from '../../platform/pdf';

/**
 * The face of the electronic certificate (电子职称证书): one A4 landscape page in a red double
 * frame — heading, the title name large, the ledger fields in two columns, the issuer and date
 * where a seal would go, and at the foot the verification notes and a QR code to the public
 * verification page. Fixed positions: the same content always draws the same page.
 */

/** Everything printed on the page, already worded (names of series and level, not codes). */
export interface CertificatePageContent {
  number: string;
  holderName: string;
  holderIdNumberMasked: string;
  titleName: string;
  seriesName: string;
  specialty: string;
  levelName: string;
  committeeName: string;
  announcementNumber: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
  issuerName: string;
  /** The QR code's target. */
  verifyUrl: string;
  keyId: string;
}

/** '2026-12-05' → '2026年12月5日', the way dates are written on Chinese certificates. */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

const [A4_SHORT, A4_LONG] = PageSizes.A4;
const PAGE = { width: A4_LONG, height: A4_SHORT };
// The red of official seals and certificate covers for the frame and heading; labels in a muted
// brown so that the values, in near-black, carry the eye.
const SEAL_RED = rgb(0.62, 0.1, 0.1);
const LABEL_INK = rgb(0.38, 0.24, 0.2);
const BODY_INK = rgb(0.1, 0.1, 0.1);
const NOTE_INK = rgb(0.35, 0.35, 0.35);
const PAPER = rgb(1, 0.988, 0.96);
const MARGIN_X = 78;
const QR_SIZE = 104;

interface TextOptions {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold?: boolean;
  color?: Color;
  align?: 'left' | 'center' | 'right';
  /** Extra space after each character (PDF Tc), for spaced-out headings. */
  spacing?: number;
  /** The text is scaled down, never wrapped, to stay within this width. */
  maxWidth?: number;
}

/** Draws one line of Chinese text on the certificate page with the embedded fonts. */
class CertificatePen {
  constructor(
    readonly page: PDFPage,
    readonly fonts: CjkFonts,
  ) {}

  width(text: string, size: number, bold = false, spacing = 0): number {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    return font.pdfFont.widthOfTextAtSize(text, size) + spacing * Math.max(0, [...text].length - 1);
  }

  text(value: string, options: TextOptions): void {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const text = coverText(value, font).replace(/\n/g, ' ');
    if (!text) return;
    const spacing = options.spacing ?? 0;
    let size = options.size;
    const natural = this.width(text, size, options.bold, spacing);
    if (options.maxWidth && natural > options.maxWidth) size *= options.maxWidth / natural;
    const width = this.width(text, size, options.bold, spacing * (size / options.size));
    const align = options.align ?? 'left';
    const x = align === 'center' ? options.x - width / 2 : align === 'right' ? options.x - width : options.x;
    if (spacing)
      this.page.pushOperators(pushGraphicsState(), setCharacterSpacing(spacing * (size / options.size)));
    this.page.drawText(text, { x, y: options.y, size, font: font.pdfFont, color: options.color ?? BODY_INK });
    if (spacing) this.page.pushOperators(popGraphicsState());
  }

  /** One line centred on `x`, by default the page's middle, as headings and captions are set. */
  centred(value: string, y: number, style: Omit<TextOptions, 'x' | 'y' | 'align'>, x = PAGE.width / 2): void {
    this.text(value, { ...style, x, y, align: 'center' });
  }

  /**
   * A label set 分散对齐 (first character at the left edge, last at the right), so labels of two
   * to six characters line up in one column as on printed certificates. Each character is its
   * own run; the gaps are wide enough that text extraction reads them as spaces.
   */
  distributed(label: string, x: number, y: number, width: number, size: number): void {
    const chars = [...label];
    const step = chars.length > 1 ? (width - size) / (chars.length - 1) : 0;
    chars.forEach((char, i) => {
      this.text(char, { x: x + i * step, y, size, color: LABEL_INK });
    });
  }

  rule(x1: number, x2: number, y: number, thickness: number, color: Color): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color });
  }
}

/** The double frame with corner brackets that certificates are printed in. */
function drawFrame(pen: CertificatePen): void {
  const { page } = pen;
  page.drawRectangle({ x: 0, y: 0, width: PAGE.width, height: PAGE.height, color: PAPER });
  const frame = (inset: number, thickness: number) =>
    page.drawRectangle({
      x: inset,
      y: inset,
      width: PAGE.width - 2 * inset,
      height: PAGE.height - 2 * inset,
      borderColor: SEAL_RED,
      borderWidth: thickness,
    });
  frame(22, 3);
  frame(30, 0.8);
  const inset = 38;
  const arm = 30;
  for (const [cx, dx] of [
    [inset, 1],
    [PAGE.width - inset, -1],
  ] as const) {
    for (const [cy, dy] of [
      [inset, 1],
      [PAGE.height - inset, -1],
    ] as const) {
      page.drawLine({
        start: { x: cx, y: cy },
        end: { x: cx + dx * arm, y: cy },
        thickness: 1.6,
        color: SEAL_RED,
      });
      page.drawLine({
        start: { x: cx, y: cy },
        end: { x: cx, y: cy + dy * arm },
        thickness: 1.6,
        color: SEAL_RED,
      });
    }
  }
}

function drawHeading(pen: CertificatePen): void {
  const centre = PAGE.width / 2;
  pen.centred('专业技术资格证书', PAGE.height - 100, { size: 32, bold: true, color: SEAL_RED, spacing: 10 });
  const subtitleY = PAGE.height - 132;
  pen.centred('电子职称证书', subtitleY, { size: 14, color: SEAL_RED, spacing: 4 });
  const half = pen.width('电子职称证书', 14, false, 4) / 2 + 16;
  pen.rule(centre - half - 120, centre - half, subtitleY + 5, 0.8, SEAL_RED);
  pen.rule(centre + half, centre + half + 120, subtitleY + 5, 0.8, SEAL_RED);
}

function drawTitleName(pen: CertificatePen, titleName: string): void {
  pen.centred('职称名称', PAGE.height - 170, { size: 11, color: LABEL_INK, spacing: 6 });
  pen.centred(titleName, PAGE.height - 210, {
    size: 30,
    bold: true,
    color: BODY_INK,
    spacing: 4,
    maxWidth: PAGE.width - 2 * MARGIN_X - 80,
  });
}

interface Field {
  label: string;
  value: string;
}

const FIELD = { labelSize: 12.5, valueSize: 14, labelWidth: 6 * 12.5, gap: 14, rowHeight: 33 };

/** One label and its value on an underline, within [x, x + width]. */
function drawField(pen: CertificatePen, field: Field, x: number, y: number, width: number): void {
  pen.distributed(field.label, x, y, FIELD.labelWidth, FIELD.labelSize);
  const valueX = x + FIELD.labelWidth + FIELD.gap;
  const valueWidth = width - FIELD.labelWidth - FIELD.gap;
  pen.text(field.value, { x: valueX + 4, y, size: FIELD.valueSize, maxWidth: valueWidth - 8 });
  pen.rule(valueX, x + width, y - 6, 0.5, LABEL_INK);
}

/** Rows of one or two fields; a single field spans the full width (long committee names). */
function drawFields(pen: CertificatePen, rows: readonly (readonly Field[])[], top: number): void {
  const left = MARGIN_X + 20;
  const right = PAGE.width - MARGIN_X - 20;
  const columnGap = 36;
  const columnWidth = (right - left - columnGap) / 2;
  rows.forEach((row, i) => {
    const y = top - i * FIELD.rowHeight;
    const [first, second] = row;
    if (first && !second) drawField(pen, first, left, y, right - left);
    if (first && second) {
      drawField(pen, first, left, y, columnWidth);
      drawField(pen, second, left + columnWidth + columnGap, y, columnWidth);
    }
  });
}

/** The issuer and date where a seal would go, and the verification notes beside the QR code. */
function drawFooter(pen: CertificatePen, content: CertificatePageContent): void {
  const qrX = PAGE.width - MARGIN_X - QR_SIZE + 8;
  const qrY = 52;
  drawQrCode(pen.page, content.verifyUrl, { x: qrX, y: qrY, size: QR_SIZE });
  pen.centred('扫码核验', qrY - 9, { size: 8, color: NOTE_INK, spacing: 2 }, qrX + QR_SIZE / 2);

  const issuerRight = qrX - 28;
  pen.text(`发证机关：${content.issuerName}`, { x: issuerRight, y: 148, size: 14, align: 'right' });
  pen.text(`发证日期：${chineseDate(content.issuedOn)}`, {
    x: issuerRight,
    y: 124,
    size: 14,
    align: 'right',
  });

  const noteX = MARGIN_X + 20;
  const noteWidth = issuerRight - noteX;
  const notes = [
    `本证书可通过扫描二维码或访问 ${content.verifyUrl} 核验真伪；`,
    '离线核验：zhiping certificate verify 文件.pdf（核验证书内嵌的SM2数字签名）。',
    `签名密钥：${content.keyId}（SM2/SM3）  证书状态（含撤销）以在线核验结果为准。`,
  ];
  notes.forEach((note, i) => {
    pen.text(note, { x: noteX, y: 88 - i * 14, size: 8.5, color: NOTE_INK, maxWidth: noteWidth });
  });
}

/** Adds the certificate page to `doc` and draws `content` on it with the embedded CJK fonts. */
export function drawCertificatePage(
  doc: PDFDocument,
  fonts: CjkFonts,
  content: CertificatePageContent,
): void {
  const pen = new CertificatePen(doc.addPage([PAGE.width, PAGE.height]), fonts);
  drawFrame(pen);
  drawHeading(pen);
  drawTitleName(pen, content.titleName);
  drawFields(
    pen,
    [
      [
        { label: '姓名', value: content.holderName },
        { label: '身份证号', value: content.holderIdNumberMasked },
      ],
      [
        { label: '系列', value: content.seriesName },
        { label: '专业', value: content.specialty },
      ],
      [
        { label: '资格级别', value: content.levelName },
        { label: '取得资格时间', value: chineseDate(content.issuedOn) },
      ],
      [{ label: '评审委员会', value: content.committeeName }],
      [
        { label: '发文文号', value: content.announcementNumber },
        { label: '证书编号', value: content.number },
      ],
    ],
    PAGE.height - 262,
  );
  drawFooter(pen, content);
}
