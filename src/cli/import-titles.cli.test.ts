import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../test/helpers/factories';
import { TITLE_RECORD_COLUMNS } from '../domain/certificates/title-record';
import { installChineseZodMessages } from '../server/zod-messages';
import { runCli } from './run-cli';

let dir: string;

/** The CLI against its own embedded database in a temporary directory. */
beforeAll(() => {
  installChineseZodMessages();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-import-'));
  process.env.ZHIPING_DATA_DIR = path.join(dir, 'data');
  delete process.env.DATABASE_URL;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function csvFile(name: string, rows: string[][], header: readonly string[] = TITLE_RECORD_COLUMNS): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, [header.join(','), ...rows.map((r) => r.join(','))].join('\n'));
  return file;
}

const record = (idNumber: string, date = '2010-12-31') => [
  '李明',
  idNumber,
  '05',
  '机械工程',
  '中级',
  '工程师',
  '鞍山市工程技术中级职称评审委员会',
  '鞍人社〔2010〕8号',
  date,
  '',
];

describe('zhiping import titles', () => {
  const first = makeIdNumber('1980-08-08');
  const second = makeIdNumber('1982-09-09');
  let file: string;

  it('imports the good rows, lists the bad ones, writes the full report and exits 1', async () => {
    file = csvFile('titles.csv', [record(first), record(second), record(first.slice(0, 17), '2010-01-01')]);
    const report = path.join(dir, 'errors.csv');
    const run = await cli('import', 'titles', file, '--region', '210300', '--errors', report);
    expect(run.code, run.err).toBe(1);
    expect(run.out).toContain('共3行：新导入2，已存在0，有误1');
    expect(run.out).toContain('第4行 身份证号码：身份证号码长度应为18位');
    expect(run.err).toContain('导入进度 100%（3/3行）');
    expect(fs.readFileSync(report, 'utf8')).toBe(
      '\uFEFF行号,列,问题\r\n4,身份证号码,身份证号码长度应为18位\r\n',
    );
  });

  it('adds nothing on a re-run, and exits 0 for a file without bad rows', async () => {
    const again = await cli('import', 'titles', file, '--region', '210300');
    expect(again.out).toContain('共3行：新导入0，已存在2，有误1');
    const clean = csvFile('clean.csv', [record(first), record(makeIdNumber('1979-01-01'))]);
    const report = path.join(dir, 'none.xlsx');
    const run = await cli('import', 'titles', clean, '--region=210300', '--errors', report);
    expect(run).toMatchObject({ code: 0 });
    expect(run.out).toContain('共2行：新导入1，已存在1，有误0');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, '行号', '列', '问题']);
  });

  it('exits 2 for a wrong header, naming the missing column, with nothing imported', async () => {
    const header = TITLE_RECORD_COLUMNS.filter((c) => c !== '层级');
    const wrong = csvFile('wrong.csv', [record(makeIdNumber('1975-05-05')).slice(0, 9)], header);
    const run = await cli(
      'import',
      'titles',
      wrong,
      '--region',
      '210300',
      '--errors',
      path.join(dir, 'w.csv'),
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain('表头缺少以下列：层级');
    expect(fs.existsSync(path.join(dir, 'w.csv'))).toBe(false);
  });

  it('exits 2 for usage errors and an unreadable file', async () => {
    expect((await cli('import', 'titles', file)).code).toBe(2);
    expect((await cli('import', 'titles', file, '--region', '2103')).err).toContain('6位行政区划代码');
    expect((await cli('import', 'titles', file, '--region', '210300', '--errors', 'x.txt')).code).toBe(2);
    expect((await cli('import', 'people', file)).code).toBe(2);
    const missing = await cli('import', 'titles', path.join(dir, 'nope.csv'), '--region', '210300');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('无法读取文件');
  });
});
