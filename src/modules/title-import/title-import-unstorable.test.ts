import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppSuite } from '../../../test/helpers/app-suite';
import { makeIdNumber } from '../../../test/helpers/factories';
import { anshanBureauActor, titleRecordRow } from '../../../test/helpers/title-records';
import { certificates } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { TITLE_RECORD_COLUMNS } from '../../domain/certificates/title-record';

const s = testAppSuite();
let bureau: Actor;
beforeAll(async () => {
  bureau = await anshanBureauActor(s.t);
});

async function importNow(fileName: string, bytes: Buffer) {
  const job = await s.t.services.titleImports.startImport(bureau, { fileName, bytes });
  await s.t.services.titleImports.idle();
  return s.t.services.titleImports.getJob(bureau, job.id);
}

const importedNames = async (jobId: string) =>
  (
    await s.t.database.db
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
    const padded = [...titleRecordRow(makeIdNumber('1973-06-06'), { 姓名: '王五' }), 'x'.repeat(70_000)].join(
      ',',
    );
    const bad = [...titleRecordRow(makeIdNumber('1974-07-07'), { 评审机构: '评委会\u0000办公室' }), ''].join(
      ',',
    );
    const job = await importNow('titles.csv', Buffer.from(`${header}\r\n${padded}\r\n${bad}\r\n`));
    expect(job).toMatchObject({ status: 'done', importedRows: 1, failedRows: 1 });
    expect(job.errors).toEqual([{ row: 3, column: '评审机构', message: expect.stringContaining('U+0000') }]);
    expect(await importedNames(job.id)).toEqual(['王五']);
  });
});
