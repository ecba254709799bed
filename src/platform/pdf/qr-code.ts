import {
  fill,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
} from 'pdf-lib';
import QRCode from 'qrcode';

/** Where a QR code goes on the page: lower-left corner and side length in points, quiet zone included. */
export interface QrCodeBox {
  x: number;
  y: number;
  size: number;
}

/** ISO/IEC 18004 asks for four light modules around the symbol, or scanners may not find it. */
const QUIET_ZONE_MODULES = 4;

// Three decimals (1/1000 pt) are far below any printer's or screen's resolution and keep the
// content stream short; pdf-lib would otherwise print every coordinate to full float precision.
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Draws `text` as a QR code (error correction level M: readable with ~15% of it damaged, e.g. by
 * a fold or a stamp) filling `box`, quiet zone included, as vector shapes: a white square, then
 * the dark modules as one path of rectangles, one per horizontal run, filled once. One path
 * keeps the content stream small and leaves no hairline seams between neighbouring modules,
 * which anti-aliased viewers would draw if each module were filled on its own.
 */
export function drawQrCode(page: PDFPage, text: string, box: QrCodeBox): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const moduleSize = box.size / (count + 2 * QUIET_ZONE_MODULES);
  const originX = box.x + QUIET_ZONE_MODULES * moduleSize;
  // PDF's y axis points up; row 0 of the matrix is the top row of the symbol.
  const topY = box.y + box.size - QUIET_ZONE_MODULES * moduleSize;

  const operators = [
    pushGraphicsState(),
    setFillingGrayscaleColor(1),
    rectangle(round(box.x), round(box.y), round(box.size), round(box.size)),
    fill(),
    setFillingGrayscaleColor(0),
  ];
  for (let row = 0; row < count; row++) {
    const y = round(topY - (row + 1) * moduleSize);
    let col = 0;
    while (col < count) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col++;
      operators.push(
        rectangle(
          round(originX + start * moduleSize),
          y,
          round((col - start) * moduleSize),
          round(moduleSize),
        ),
      );
    }
  }
  operators.push(fill(), popGraphicsState());
  page.pushOperators(...operators);
}
