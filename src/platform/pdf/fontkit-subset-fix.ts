import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

/** The font engine pdf-lib accepts in `registerFontkit`. */
export type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;

/** A byte buffer of the engine's own Buffer polyfill (its encoder rejects any other kind). */
interface EngineBuffer extends Uint8Array {
  constructor: { concat(parts: Uint8Array[]): EngineBuffer; alloc(size: number): EngineBuffer };
}

/** The private state of @pdf-lib/fontkit's TrueType subsetter that the fix below touches. */
interface TrueTypeSubsetInternals {
  glyf?: EngineBuffer[];
  offset: number;
  _addGlyph?: (glyphId: number) => number;
}

/**
 * `@pdf-lib/fontkit` 1.1.1 (the latest; the fork is unmaintained) writes a TrueType subset whose
 * `loca` table uses the short format whenever the subset is under 64 KiB, halving every offset,
 * but it does not pad glyph records to an even length. In a large CJK font many records have odd
 * lengths, so every glyph after the first odd one is read one byte off: pdftotext still finds the
 * text (ToUnicode is intact) while viewers draw blanks or garbage. Upstream fontkit fixed this in
 * 1.8 (foliojs/fontkit#191). Padding each record to an even length (a zero byte after the glyph
 * data is allowed by the spec) makes either `loca` format exact.
 *
 * CFF-flavoured .otf subsets have other, deeper bugs in the same fork, which is why the font we
 * ship is a glyf-based .ttf.
 */
function padGlyphRecordsToEvenLength(subset: TrueTypeSubsetInternals): void {
  const addGlyph = subset._addGlyph;
  if (typeof addGlyph !== 'function') return; // a CFF subset: nothing to pad
  subset._addGlyph = function (this: TrueTypeSubsetInternals, glyphId: number): number {
    const index = addGlyph.call(this, glyphId);
    const record = this.glyf?.[index];
    if (this.glyf && record && record.length % 2 === 1) {
      const Buffer = record.constructor;
      this.glyf[index] = Buffer.concat([record, Buffer.alloc(1)]);
      this.offset += 1;
    }
    return index;
  };
}

/** `@pdf-lib/fontkit`, with TrueType subsets that render every glyph (see above). */
export const subsetSafeFontkit: Fontkit = {
  create(bytes: Uint8Array, postscriptName?: string): FontkitFont {
    const font = fontkit.create(bytes, postscriptName) as unknown as FontkitFont;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      padGlyphRecordsToEvenLength(subset as unknown as TrueTypeSubsetInternals);
      return subset;
    };
    return font;
  },
};
