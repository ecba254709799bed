/** A label and its value, e.g. 姓名 / 张三. */
export interface PdfField {
  label: string;
  value: string;
}

/**
 * Labelled values written as an object, each key the label printed before its value, in the
 * order written: `fieldsOf({ 姓名: name, 工作单位: employer })`. (A label of digits alone would
 * move to the front, as JavaScript orders such keys; form labels are words.)
 */
export function fieldsOf(values: Readonly<Record<string, string>>): PdfField[] {
  return Object.entries(values).map(([label, value]) => ({ label, value }));
}

/** A grid of labelled values, one or two label/value pairs to a row. */
export interface PdfFieldsSection {
  heading: string;
  fields: PdfField[];
  columns?: 1 | 2;
}

/** A column of a {@link PdfTableSection}. */
export interface PdfTableColumn {
  title: string;
  /**
   * Width in points (1/72 inch). Columns without one share the rest of the line in proportion
   * to their content; given widths are scaled down if they would not leave the others room.
   */
  width?: number;
}

/** A bordered table; its header row is repeated on every page it continues to. */
export interface PdfTableSection {
  heading: string;
  table: { columns: PdfTableColumn[]; rows: string[][] };
}

/** Running text, each paragraph with a two-character first-line indent. */
export interface PdfParagraphsSection {
  heading: string;
  paragraphs: string[];
}

export type PdfSection = PdfFieldsSection | PdfTableSection | PdfParagraphsSection;

/** A printable form: 评审表, 公示表, 通知 and the like. */
export interface PdfForm {
  /** e.g. 专业技术职务任职资格评审表 */
  title: string;
  /** e.g. （2026年度） */
  subtitle?: string;
  /** One line under the title, e.g. 编号, 打印时间. */
  meta?: PdfField[];
  sections: PdfSection[];
  /** Signature or stamp boxes at the end, e.g. ["申报人签字：", "单位盖章："]. */
  signatures?: string[];
  /** A4 landscape, for wide tables such as a 公示表. */
  landscape?: boolean;
  /** Small text on every page; "第 n 页 共 m 页" is always printed. */
  footer?: string;
}
