import crypto from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import {
  authed,
  createPerson,
  createUser,
  login,
  makeIdNumber,
  type Session,
  signIn,
} from '../../../test/helpers/factories';
import { firstSheet } from '../../../test/helpers/first-sheet';
import { pdfText } from '../../../test/helpers/pdf-text';
import { parseCertificateNumber } from '../../domain/certificates';
import { TITLE_RECORD_COLUMNS } from '../../domain/certificates/title-record';

const s = testAppSuite();
let bureau: Session;
let office: Session;
beforeAll(async () => {
  const db = s.t.database.db;
  const hr = await createUser(db, { roles: ['hr'], jurisdictionCode: '210300' });
  const committeeOffice = await createUser(db, { roles: ['committee-office'], jurisdictionCode: '210300' });
  bureau = await login(s.t.app, hr.username);
  office = await login(s.t.app, committeeOffice.username);
});

/** A multipart/form-data body with one file part, as a browser sends it. */
function upload(session: Session, fileName: string, bytes: Buffer) {
  const boundary = `----zhiping${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return s.t.app.inject({
    method: 'POST',
    url: '/api/v1/title-imports',
    headers: { ...authed(session), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
}

const { get } = signedInRequests(() => s.t);

/** Polls the job as the page does until it is no longer running. */
async function untilFinished(id: string) {
  for (let i = 0; i < 400; i++) {
    const job = (await get(bureau, `/api/v1/title-imports/${id}`)).json();
    if (job.status !== 'running') return job;
    await sleep(25);
  }
  throw new Error('import did not finish');
}

function csv(rows: string[][]): Buffer {
  return Buffer.from([TITLE_RECORD_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\n'));
}

const record = (idNumber: string, date: string) => [
  '赵敏',
  idNumber,
  '中小学教师',
  '语文',
  '中级',
  '一级教师',
  '鞍山市中小学教师中级职称评审委员会',
  '鞍人社〔2018〕3号',
  date,
  '',
];

describe('the title import API', () => {
  it('accepts an upload with 202, reports progress to done, and serves the error report', async () => {
    const bytes = csv([
      record(makeIdNumber('1988-01-01'), '2018-09-01'),
      record(makeIdNumber('1989-01-01'), '2018-02-30'),
    ]);
    const response = await upload(bureau, '历史数据.csv', bytes);
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json()).toMatchObject({ status: 'running', fileName: '历史数据.csv', totalRows: 2 });
    const job = await untilFinished(response.json().id);
    expect(job).toMatchObject({
      status: 'done',
      percent: 100,
      importedRows: 1,
      failedRows: 1,
      errorCount: 1,
    });
    expect(job.errors).toEqual([{ row: 3, column: '取得资格日期', message: '“2018-02-30”不是有效的日期' }]);

    const list = (await get(bureau, '/api/v1/title-imports?page=1&pageSize=10')).json();
    expect(list.items[0]).toMatchObject({ id: job.id, importedRows: 1 });

    const report = await get(bureau, `/api/v1/title-imports/${job.id}/errors.xlsx`);
    expect(report.statusCode).toBe(200);
    const sheet = await firstSheet(report.rawPayload);
    expect(sheet.getRow(1).values).toEqual([undefined, '行号', '列', '问题']);
    expect(sheet.getRow(2).values).toEqual([undefined, 3, '取得资格日期', '“2018-02-30”不是有效的日期']);
  });

  it('turns an imported record into a certificate the holder downloads and anyone verifies', async () => {
    const holder = await createPerson(s.t.database.db, s.t.cipher, { name: '赵敏', birthDate: '1986-06-06' });
    const applicant = await signIn(s.t, { roles: ['applicant'], personId: holder.id });
    const idNumber = s.t.cipher.decrypt(holder.idNumberCipher);
    const job = await untilFinished(
      (await upload(bureau, '鞍山2017.csv', csv([record(idNumber, '2017-12-01')]))).json().id,
    );
    expect(job).toMatchObject({ status: 'done', importedRows: 1 });

    const mine = (await get(applicant, '/api/v1/me/certificates')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      titleName: '一级教师',
      source: 'import',
      status: 'valid',
      issuedOn: '2017-12-01',
    });
    expect(parseCertificateNumber(mine[0].number)).toMatchObject({
      valid: true,
      parts: { regionCode: '210300', year: 2017, committeeCode: '000' },
    });
    const verified = await s.t.app.inject({
      method: 'GET',
      url: `/api/v1/public/certificates/${mine[0].number}`,
    });
    expect(verified.json()).toMatchObject({
      status: 'valid',
      holder: '赵*',
      title: '一级教师',
      specialty: '语文',
    });
    const detail = (await get(bureau, `/api/v1/certificates/${mine[0].id}`)).json();
    expect(detail.events).toEqual([
      expect.objectContaining({
        kind: 'imported',
        name: '历史数据导入',
        data: { fileName: '鞍山2017.csv', importJobId: job.id },
      }),
    ]);
    const pdf = await get(applicant, `/api/v1/certificates/${mine[0].id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain(mine[0].number);
  });

  it('serves a template that imports as it is (its example row is valid)', async () => {
    const template = await get(bureau, '/api/v1/title-imports/template.xlsx');
    expect(template.statusCode).toBe(200);
    expect((await firstSheet(template.rawPayload)).getRow(1).values).toEqual([
      undefined,
      ...TITLE_RECORD_COLUMNS,
    ]);
    const response = await upload(bureau, '模板.xlsx', template.rawPayload);
    expect(response.statusCode, response.body).toBe(202);
    expect(await untilFinished(response.json().id)).toMatchObject({
      status: 'done',
      importedRows: 1,
      failedRows: 0,
    });
  });

  it('refuses other roles, the wrong file type and a wrong header in Chinese, before any job exists', async () => {
    const bytes = csv([record(makeIdNumber('1990-01-01'), '2019-09-01')]);
    expect((await upload(office, 'a.csv', bytes)).statusCode).toBe(403);
    expect((await get(office, '/api/v1/title-imports')).statusCode).toBe(403);

    const pdf = await upload(bureau, 'a.csv', Buffer.from('%PDF-1.7\n\u0000\u0000\u0000'));
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: expect.stringContaining('CSV'),
    });
    const zip = await upload(bureau, 'a.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(zip.statusCode).toBe(400);

    const header = Buffer.from('姓名,身份证,系列\n王,1,2\n');
    const wrong = await upload(bureau, 'a.csv', header);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('表头缺少以下列：身份证号码');

    expect((await get(bureau, `/api/v1/title-imports/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('takes files above the attachment limit on this route', async () => {
    const huge = record(makeIdNumber('1991-01-01'), '2019-09-01');
    huge[9] = 'A'.repeat(s.t.config.attachmentMaxBytes + 1024);
    const response = await upload(bureau, 'big.csv', csv([huge]));
    expect(response.statusCode, response.body).toBe(202);
    const job = await untilFinished(response.json().id);
    expect(job).toMatchObject({ failedRows: 1, errors: [{ row: 2, column: '原证书编号' }] });
  });
});
