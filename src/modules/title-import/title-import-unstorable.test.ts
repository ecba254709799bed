import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, makeIdNumber } from '../../../test/helpers/factories';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { certificates } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { TITLE_RECORD_COLUMNS } from '../../domain/certificates/title-record';

let t: TestApp;
let bureau: Actor;
beforeAll(async () => {
  t = await createTestApp();
  const user = await createUser(t.database.db, { roles: ['hr'], jurisdictionCode: '210300' });
  bureau = {
    userId: user.id,
    roles: ['hr'],
    permissions: [],
    organisationId: null,
    jurisdictionCode: '210300',
  };
});
afterAll(() => t?.close());

function row(idNumber: string, values: Partial<Record<(typeof TITLE_RECORD_COLUMNS)[number], string>> = {}) {
  const record = {
    姓名: '王立新',
    身份证号码: idNumber,
    系列: '工程技术',
    专业: '通信工程',
    层级: '副高级',
    职称名称: '高级工程师',
    评审机构: '辽宁省工程技术高级职称评审委员会',
    发文文号: '辽人社〔2015〕123号',
    取得资格日期: '2015-12-31',
    原证书编号: '',
    ...values,
  };
  return TITLE_RECORD_COLUMNS.map((column) => record[column]);
}

async function importNow(fileName: string, bytes: Buffer) {
  const job = await t.services.titleImports.startImport(bureau, { fileName, bytes });
  await t.services.titleImports.idle();
  return t.services.titleImports.getJob(bureau, job.id);
}

const importedNames = async (jobId: string) =>
  (
    await t.database.db
      .select({ name: certificates.holderName })
      .from(certificates)
      .where(eq(certificates.importJobId, jobId))
  ).map((r) => r.name);

// A workbook cannot carry one here: exceljs's streaming reader keeps an `_x0000_` escape as
// those seven characters, and its XML parser refuses `&#0;`. The expert import, which loads a
// workbook whole, does decode escapes: see expert-import.test.ts.
describe('cells the database could not store', () => {
  it('in a CSV, a NUL past the first 64 KB (where the file was already taken for text)', async () => {
    // An extra column (ignored by the import) pads the first row past the binary sniff.
    const header = [...TITLE_RECORD_COLUMNS, '备注'].join(',');
    const padded = [...row(makeIdNumber('1973-06-06'), { 姓名: '王五' }), 'x'.repeat(70_000)].join(',');
    const bad = [...row(makeIdNumber('1974-07-07'), { 评审机构: '评委会\u0000办公室' }), ''].join(',');
    const job = await importNow('titles.csv', Buffer.from(`${header}\r\n${padded}\r\n${bad}\r\n`));
    expect(job).toMatchObject({ status: 'done', importedRows: 1, failedRows: 1 });
    expect(job.errors).toEqual([{ row: 3, column: '评审机构', message: expect.stringContaining('U+0000') }]);
    expect(await importedNames(job.id)).toEqual(['王五']);
  });
});
