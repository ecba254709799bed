import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli, cliOnOwnDatabase } from '../../test/helpers/cli-runs';
import { makeIdNumber } from '../../test/helpers/factories';
import { intermediateEngineerRow } from '../../test/helpers/title-records';
import { TITLE_RECORD_COLUMNS } from '../domain/certificates/title-record';

/** The CLI against its own embedded database in a temporary directory. */
const cliHome = cliOnOwnDatabase('zhiping-import-', { dataDir: 'data' });

function csvFile(name: string, rows: string[][], header: readonly string[] = TITLE_RECORD_COLUMNS): string {
  const file = path.join(cliHome.dir, name);
  fs.writeFileSync(file, [header.join(','), ...rows.map((r) => r.join(','))].join('\n'));
  return file;
}

describe('zhiping import titles', () => {
  const first = makeIdNumber('1980-08-08');
  const second = makeIdNumber('1982-09-09');
  let file: string;

  it('imports the good rows, lists the bad ones, writes the full report and exits 1', async () => {
    file = csvFile('titles.csv', [
      intermediateEngineerRow(first),
      intermediateEngineerRow(second),
      intermediateEngineerRow(first.slice(0, 17), '2010-01-01'),
    ]);
    const report = path.join(cliHome.dir, 'errors.csv');
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
    const clean = csvFile('clean.csv', [
      intermediateEngineerRow(first),
      intermediateEngineerRow(makeIdNumber('1979-01-01')),
    ]);
    const report = path.join(cliHome.dir, 'none.xlsx');
    const run = await cli('import', 'titles', clean, '--region=210300', '--errors', report);
    expect(run).toMatchObject({ code: 0 });
    expect(run.out).toContain('共2行：新导入1，已存在1，有误0');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, '行号', '列', '问题']);
  });

  it('exits 2 for a wrong header, naming the missing column, with nothing imported', async () => {
    const header = TITLE_RECORD_COLUMNS.filter((c) => c !== '层级');
    const wrong = csvFile(
      'wrong.csv',
      [intermediateEngineerRow(makeIdNumber('1975-05-05')).slice(0, 9)],
      header,
    );
    const run = await cli(
      'import',
      'titles',
      wrong,
      '--region',
      '210300',
      '--errors',
      path.join(cliHome.dir, 'w.csv'),
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain('表头缺少以下列：层级');
    expect(fs.existsSync(path.join(cliHome.dir, 'w.csv'))).toBe(false);
  });

  it('exits 2 for usage errors and an unreadable file', async () => {
    expect((await cli('import', 'titles', file)).code).toBe(2);
    expect((await cli('import', 'titles', file, '--region', '2103')).err).toContain('6位行政区划代码');
    expect((await cli('import', 'titles', file, '--region', '210300', '--errors', 'x.txt')).code).toBe(2);
    expect((await cli('import', 'people', file)).code).toBe(2);
    const missing = await cli('import', 'titles', path.join(cliHome.dir, 'nope.csv'), '--region', '210300');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('无法读取文件');
  });
});
