import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PdfForm, renderFormPdf } from './index';

// Reads the PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm), as a person's viewer would.
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-pdf-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function save(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/**
 * The text as pdftotext extracts it: `-layout` keeps each printed line (a table row's cells side
 * by side), `-raw` keeps drawing order (a wrapped cell's lines together).
 */
function pdfText(file: string, page?: number, mode: '-layout' | '-raw' = '-layout'): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [mode, ...pages, file, '-'], { encoding: 'utf8' });
}

/** Each page's size in points, from pdfinfo. */
function pageSizes(file: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Text with all white space removed: wrapped paragraphs compare whole. */
const squash = (text: string) => text.replace(/\s+/g, '');

const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强', '周杰', '吴婷'];
const UNITS = [
  '鞍山市第一人民医院',
  '辽宁省交通规划设计院有限公司',
  '鞍山钢铁集团有限公司技术中心',
  '鞍山师范学院',
];
const LONG_ACHIEVEMENT =
  '主持完成国家重点研发计划课题一项，获辽宁省科技进步二等奖，发表SCI论文3篇，授权发明专利2项。';

/** Row n (1-based) of the 60-row table; every seventh has an achievement long enough to wrap. */
function tableRow(n: number): string[] {
  const achievement = n % 7 === 0 ? LONG_ACHIEVEMENT : '主持省部级项目2项';
  return [
    String(n),
    `${NAMES[n % 10]}${n}`,
    UNITS[n % 4] ?? '',
    n % 3 ? '正高级工程师' : '高级工程师',
    achievement,
    '通过',
  ];
}

const PARAGRAPH =
  '申报人自任现职以来，长期从事桥梁与隧道工程的设计、施工技术管理和科研工作，主持完成了辽宁省重点工程项目十余项，' +
  '其中“鞍山至本溪高速公路太子河特大桥”获得2024年度辽宁省优秀工程勘察设计一等奖。在BIM技术应用方面，' +
  '牵头编制企业标准Q/AG 2025-01，推动了项目全生命周期数字化管理，培养中级以上专业技术人员12名。';

function reviewForm(): PdfForm {
  return {
    title: '专业技术职务任职资格评审表',
    subtitle: '（2026年度）',
    meta: [
      { label: '编号', value: 'ZP-2026-000123' },
      { label: '打印时间', value: '2026-05-08 14:30' },
    ],
    sections: [
      {
        heading: '一、基本情况',
        columns: 2,
        fields: [
          { label: '姓名', value: '张三' },
          { label: '性别', value: '男' },
          { label: '工作单位', value: '辽宁省交通规划设计院有限公司桥梁隧道分院第三设计所' },
          { label: '现任职务', value: '高级工程师' },
          { label: '申报资格', value: '正高级工程师' },
        ],
      },
      {
        heading: '二、学历',
        fields: [{ label: '最高学历', value: '研究生（博士），同济大学，2012年7月毕业' }],
      },
      {
        heading: '三、任现职以来主要工作业绩',
        paragraphs: [PARAGRAPH, PARAGRAPH.repeat(3), '以上情况属实。'],
      },
      {
        heading: '四、评审对象一览表',
        table: {
          columns: [
            { title: '序号', width: 32 },
            { title: '姓名' },
            { title: '工作单位' },
            { title: '申报资格' },
            { title: '主要业绩' },
            { title: '评审结果' },
          ],
          rows: Array.from({ length: 60 }, (_, i) => tableRow(i + 1)),
        },
      },
    ],
    signatures: ['申报人签字：', '单位盖章：'],
    footer: '本表一式三份，由申报人如实填写。',
  };
}

describe('renderFormPdf', () => {
  it('renders every section kind as text pdftotext reads back, across pages', async () => {
    const file = save('review.pdf', await renderFormPdf(reviewForm()));
    const pages = pageSizes(file);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.height).toBeGreaterThan(page.width); // A4 portrait

    const text = pdfText(file);
    const header = [
      '专业技术职务任职资格评审表',
      '（2026年度）',
      '编号：ZP-2026-000123',
      '打印时间：2026-05-08 14:30',
    ];
    const labels = ['一、基本情况', '姓名', '工作单位', '申报资格', '最高学历', '四、评审对象一览表'];
    const values = ['张三', '正高级工程师', '研究生（博士），同济大学，2012年7月毕业', '以上情况属实。'];
    for (const expected of [...header, ...labels, ...values]) expect(text).toContain(expected);
    // Wrapped: the paragraph's lines joined give it back whole, in order.
    expect(squash(text)).toContain(squash(PARAGRAPH.repeat(3)));
    // A long value wraps inside its cell, and no character is lost.
    expect(squash(pdfText(file, undefined, '-raw'))).toContain(squash(LONG_ACHIEVEMENT));
    expect(text).toContain('申报人签字：');
    expect(text).toContain('单位盖章：');
    expect(text).toContain('本表一式三份，由申报人如实填写。');
  });

  it('continues a long table on the next page under a repeated header, with page numbers', async () => {
    const file = save('table.pdf', await renderFormPdf(reviewForm()));
    const total = pageSizes(file).length;
    const page2 = pdfText(file, 2);
    expect(page2).toMatch(/序号\s+姓名\s+工作单位\s+申报资格\s+主要业绩\s+评审结果/);
    expect(page2).toContain('第 2 页');
    expect(page2).toContain(`第 2 页 共 ${total} 页`);
    // Rows of the table, each whole on one line of the extracted page, are on page 2.
    const rows = Array.from({ length: 60 }, (_, i) => tableRow(i + 1));
    const onPage = (page: string) => rows.filter((row) => new RegExp(row.join('\\s+')).test(page));
    const onPage2 = onPage(page2);
    expect(onPage2.length).toBeGreaterThan(5);
    const firstOnPage2 = Number(onPage2[0]?.[0]);
    expect(onPage(pdfText(file, 1)).every((row) => Number(row[0]) < firstOnPage2)).toBe(true);
    // The last row made it, on the last table page.
    expect(squash(pdfText(file))).toContain(squash(tableRow(60).join('')));
  });

  it('embeds subsets of the font that draw without errors', async () => {
    const bytes = await renderFormPdf(reviewForm());
    // The font files are ~10 MB each; subsets keep a form of several pages small.
    expect(bytes.length).toBeLessThan(400_000);
    const file = save('subset.pdf', bytes);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansSC-Regular\S*\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).toMatch(/NotoSansSC-Bold\S*\s+CID TrueType\s+Identity-H\s+yes/);
    // A broken embedded font makes poppler complain on stderr while it rasterises.
    const raster = spawnSync('pdftoppm', ['-r', '20', '-png', file, path.join(dir, 'subset')], {
      encoding: 'utf8',
    });
    expect(raster.status).toBe(0);
    expect(raster.stderr).toBe('');
  });

  it('lays out landscape pages for a wide 公示表', async () => {
    const form = reviewForm();
    const file = save(
      'landscape.pdf',
      await renderFormPdf({
        ...form,
        title: '职称评审结果公示表',
        landscape: true,
        sections: form.sections.slice(3),
      }),
    );
    const pages = pageSizes(file);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.width).toBeGreaterThan(page.height);
    expect(pdfText(file)).toContain('职称评审结果公示表');
  });

  it('prints a placeholder for characters the font lacks instead of failing', async () => {
    const file = save(
      'emoji.pdf',
      await renderFormPdf({
        title: '测试😀表',
        sections: [{ heading: '备注', fields: [{ label: '姓名', value: '张三👨‍👩‍👧\u0007李四' }] }],
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('测试□表');
    // A joined emoji sequence is one placeholder per person, the joiners and the bell dropped.
    expect(text).toContain('张三□□□李四');
  });

  it('renders an empty form as one page', async () => {
    const file = save('empty.pdf', await renderFormPdf({ title: '空表', sections: [] }));
    expect(pageSizes(file)).toHaveLength(1);
    expect(pdfText(file)).toContain('第 1 页 共 1 页');
  });
});
