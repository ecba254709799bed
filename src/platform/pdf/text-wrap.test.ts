import { describe, expect, it } from 'vitest';
import { contentWidths, wrapText } from './text-wrap';

/** A monospaced stand-in for the font: ideographs and wide punctuation 10 wide, the rest 5. */
const measure = (text: string) =>
  [...text].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) > 0x2e80 ? 10 : 5), 0);

describe('wrapText', () => {
  it('breaks Chinese text between any two ideographs', () => {
    expect(wrapText('专业技术职务任职资格评审表', 50, measure)).toEqual([
      '专业技术职',
      '务任职资格',
      '评审表',
    ]);
  });

  it('keeps Latin words, numbers and codes whole, dropping the space at a break', () => {
    expect(wrapText('编号ZP-2026-0001 和 BIM', 70, measure)).toEqual(['编号', 'ZP-2026-0001', '和 BIM']);
    expect(wrapText('发表SCI论文3篇', 40, measure)).toEqual(['发表SCI', '论文3篇']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    // "，" would start line 2 and "《" end line 1 if breaks fell on plain width alone.
    expect(wrapText('甲乙丙丁，戊', 40, measure)).toEqual(['甲乙丙', '丁，戊']);
    expect(wrapText('甲乙丙《丁》', 40, measure)).toEqual(['甲乙丙', '《丁》']);
  });

  it('breaks a word wider than a line between its characters', () => {
    expect(wrapText('ABCDEFGHIJ', 20, measure)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('always puts at least one character on a line, however narrow the column', () => {
    expect(wrapText('张三', 3, measure)).toEqual(['张', '三']);
  });

  it('honours line breaks and a narrower first line', () => {
    expect(wrapText('一二三四五六\n七', 40, measure, { firstLineWidth: 20 })).toEqual([
      '一二',
      '三四五六',
      '七',
    ]);
    expect(wrapText('', 40, measure)).toEqual(['']);
    expect(wrapText('甲\n\n乙', 40, measure)).toEqual(['甲', '', '乙']);
  });
});

describe('contentWidths', () => {
  it('gives the widest unbreakable piece and the widest unwrapped line', () => {
    expect(contentWidths('正高级 ZP-0001\n张三', measure)).toEqual({ min: 35, max: 70 });
  });
});
