import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppSuite } from '../../../test/helpers/app-suite';
import { makeIdNumber } from '../../../test/helpers/factories';
import { anshanBureauActor, titleRecordRow } from '../../../test/helpers/title-records';
import { bulkWriterOf } from '../../db/client';
import { auditEvents, certificates, titleImportJobs } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { parseCertificateNumber } from '../../domain/certificates';
import { TITLE_RECORD_COLUMNS } from '../../domain/certificates/title-record';
import { AppError } from '../../domain/errors';
import { maskIdNumber } from '../../domain/identifiers';
import { createAuditLog } from '../audit/audit.service';
import { createTitleImportService } from './title-import.service';

const s = testAppSuite();
let bureau: Actor;
beforeAll(async () => {
  bureau = await anshanBureauActor(s.t);
});

/** The AppError a call rejects with. */
async function caughtAppError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('expected an AppError'),
    (e: unknown) => e,
  );
  if (error instanceof AppError) return error;
  throw error;
}

const csv = (rows: string[][]) =>
  Buffer.from(`\uFEFF${[TITLE_RECORD_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`);

async function importNow(bytes: Buffer, fileName = 'titles.csv') {
  const job = await s.t.services.titleImports.startImport(bureau, { fileName, bytes });
  await s.t.services.titleImports.idle();
  return s.t.services.titleImports.getJob(bureau, job.id);
}

describe('the historical import of title records', () => {
  const good = makeIdNumber('1978-02-14');
  const nurse = makeIdNumber('1985-07-01', false);
  const broken = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;
  const file = csv([
    titleRecordRow(good),
    titleRecordRow(nurse, {
      姓名: '刘晓梅',
      系列: '卫生技术',
      专业: '护理',
      层级: '中级',
      职称名称: '主管护师',
      取得资格日期: '2012/6/30',
    }),
    titleRecordRow(broken),
    titleRecordRow(makeIdNumber('1980-01-01'), { 取得资格日期: '2023-02-30' }),
    titleRecordRow(makeIdNumber('1980-01-01'), { 系列: '火箭技术' }),
    titleRecordRow(makeIdNumber('1980-01-01'), { 层级: '中级' }),
    titleRecordRow(makeIdNumber('1980-01-01'), { 取得资格日期: '2026-03-03' }),
    titleRecordRow(good),
  ]);

  it('imports the good rows and reports each bad row with its row, column and reason', async () => {
    const job = await importNow(file);
    expect(job).toMatchObject({
      status: 'done',
      percent: 100,
      totalRows: 8,
      processedRows: 8,
      importedRows: 2,
      existingRows: 0,
      failedRows: 6,
      errorCount: 6,
      regionCode: '210300',
    });
    expect(job.errors.map((e) => [e.row, e.column])).toEqual([
      [4, '身份证号码'],
      [5, '取得资格日期'],
      [6, '系列'],
      [7, '职称名称'],
      [8, '取得资格日期'],
      [9, '身份证号码'],
    ]);
    expect(job.errors[0]!.message).toContain('校验码');
    expect(job.errors[1]!.message).toContain('不是有效的日期');
    expect(job.errors[2]!.message).toContain('不在职称系列目录中');
    expect(job.errors[3]!.message).toContain('是副高级职称');
    expect(job.errors[4]!.message).toContain('不能晚于今天');
    expect(job.errors[5]!.message).toContain('与第2行重复');
  });

  it('writes verifiable certificates: numbered in the bureau block with committee code 000, ID encrypted and masked', async () => {
    const rows = await s.t.database.db.select().from(certificates).where(eq(certificates.source, 'import'));
    expect(rows).toHaveLength(2);
    const byId = new Map(rows.map((r) => [s.t.cipher.decrypt(r.holderIdCipher), r]));
    const engineer = byId.get(good)!;
    const parsed = parseCertificateNumber(engineer.number);
    expect(parsed).toMatchObject({
      valid: true,
      parts: { regionCode: '210300', year: 2015, committeeCode: '000', sequence: 1 },
    });
    expect(engineer.number).toHaveLength(21);
    expect(engineer.holderIdCipher).not.toContain(good);
    expect(engineer.holderIdMasked).toBe(maskIdNumber(good));
    expect(engineer.holderIdHash).toBe(s.t.cipher.lookupHash(good));
    expect(engineer).toMatchObject({
      status: 'valid',
      series: 'engineering',
      level: 'associate-senior',
      titleName: '高级工程师',
      committeeId: null,
      issuedOn: '2015-12-31',
    });
    expect(byId.get(nurse)).toMatchObject({
      series: 'health',
      level: 'intermediate',
      issuedOn: '2012-06-30',
    });
    expect(byId.get(nurse)!.number.slice(6, 10)).toBe('2012');
    const verified = await s.t.services.certificates.verifier.verify(engineer.number);
    expect(verified).toMatchObject({ number: engineer.number, status: 'valid', title: '高级工程师' });
  });

  it('is idempotent: a re-run imports nothing and counts the rows already there', async () => {
    const job = await importNow(file);
    expect(job).toMatchObject({ status: 'done', importedRows: 0, existingRows: 2, failedRows: 6 });
    const [n] = await s.t.database.db.select({ n: sql<number>`count(*)::int` }).from(certificates);
    expect(n!.n).toBe(2);
    const events = await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, job.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'title-import.finished' });
    expect(JSON.stringify(events[0]!.data)).not.toContain(good);
  });

  it('refuses a file whose header lacks a column, naming it, before anything is written', async () => {
    const jobsBefore = await s.t.database.db.select().from(titleImportJobs);
    const header = TITLE_RECORD_COLUMNS.map((c) => (c === '发文文号' ? '文号' : c)).join(',');
    const bytes = Buffer.from(`${header}\n${titleRecordRow(makeIdNumber('1970-01-01')).join(',')}\n`);
    const error = await caughtAppError(
      s.t.services.titleImports.startImport(bureau, { fileName: 'x.csv', bytes }),
    );
    expect(error).toMatchObject({ kind: 'invalid', code: 'TEMPLATE_MISMATCH' });
    expect(error.message).toContain('发文文号');
    expect(await s.t.database.db.select().from(titleImportJobs)).toHaveLength(jobsBefore.length);
  });

  it('refuses content that is neither a workbook nor text, and any role but the HR bureau', async () => {
    const pdf = Buffer.from('%PDF-1.4\n\u0000\u0001binary');
    expect(
      await caughtAppError(s.t.services.titleImports.startImport(bureau, { fileName: 'a.csv', bytes: pdf })),
    ).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
    });
    const office = { ...bureau, roles: ['committee-office' as const] };
    expect(
      await caughtAppError(s.t.services.titleImports.startImport(office, { fileName: 'a.csv', bytes: file })),
    ).toMatchObject({
      kind: 'forbidden',
    });
    const elsewhere = { ...bureau, jurisdictionCode: '220000' };
    const [someJob] = await s.t.database.db.select().from(titleImportJobs).limit(1);
    expect(await caughtAppError(s.t.services.titleImports.getJob(elsewhere, someJob!.id))).toMatchObject({
      kind: 'not-found',
    });
    expect((await s.t.services.titleImports.listJobs(elsewhere, { page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('reads a workbook with date cells, in batches that number on from the earlier import', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('职称');
    sheet.addRow([...TITLE_RECORD_COLUMNS]);
    const people = [makeIdNumber('1970-03-03'), makeIdNumber('1971-04-04'), makeIdNumber('1972-05-05')];
    for (const id of people)
      sheet.addRow([...titleRecordRow(id).slice(0, 8), new Date(Date.UTC(2015, 5, 1)), 'A-1']);
    sheet.addRow([]);
    sheet.addRow(titleRecordRow(makeIdNumber('1973-06-06'), { 层级: '教授级' }));
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const progress: number[] = [];
    const small = createTitleImportService({
      db: s.t.database.db,
      bulk: bulkWriterOf(s.t.database.db),
      clock: s.t.clock,
      audit: createAuditLog({ clock: s.t.clock }),
      cipher: s.t.cipher,
      batchSize: 2,
    });
    const problems: string[] = [];
    const job = await small.runImport(
      { regionCode: '210300' },
      { fileName: 'titles.xlsx', bytes },
      {
        onProgress: (p) => progress.push(p.processedRows),
        onProblem: (p) => problems.push(`${p.row}:${p.column}`),
      },
    );
    expect(job).toMatchObject({ status: 'done', totalRows: 4, importedRows: 3, failedRows: 1 });
    expect(problems).toEqual(['6:层级']);
    expect(progress).toEqual([2, 4]);
    const numbers = (
      await s.t.database.db
        .select({ number: certificates.number, legacy: certificates.legacyNumber })
        .from(certificates)
        .where(eq(certificates.importJobId, job.id))
    ).sort((a, b) => a.number.localeCompare(b.number));
    expect(numbers.map((n) => n.number.slice(13, 20))).toEqual(['0000002', '0000003', '0000004']);
    expect(numbers.every((n) => n.legacy === 'A-1')).toBe(true);
  });

  it('stores text with tabs, line breaks and backslashes exactly as written', async () => {
    const id = makeIdNumber('1966-06-06');
    const committee = '辽宁省\\工程技术\t高级\r\n评委会';
    const bytes = Buffer.from(
      `${TITLE_RECORD_COLUMNS.join(',')}\n${titleRecordRow(id, { 评审机构: `"${committee.replaceAll('"', '""')}"`, 原证书编号: 'N\\A' }).join(',')}\n`,
    );
    const job = await importNow(bytes);
    expect(job).toMatchObject({ importedRows: 1, failedRows: 0 });
    const [stored] = await s.t.database.db
      .select({ committeeName: certificates.committeeName, legacyNumber: certificates.legacyNumber })
      .from(certificates)
      .where(eq(certificates.importJobId, job.id));
    expect(stored).toEqual({ committeeName: committee, legacyNumber: 'N\\A' });
  });

  it('refuses an unknown region on the command line', async () => {
    expect(
      await caughtAppError(
        s.t.services.titleImports.runImport({ regionCode: '999999' }, { fileName: 'a.csv', bytes: file }),
      ),
    ).toMatchObject({ kind: 'invalid' });
  });
});
