import crypto from 'node:crypto';
import { count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { SENIOR_TELECOM } from '../../../test/helpers/application-requests';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { newKey, STORY_CONFIG } from '../../../test/helpers/application-world';
import type { Session } from '../../../test/helpers/factories';
import { MINIMAL_PDF } from '../../../test/helpers/minimal-pdf';
import type { FormPart } from '../../../test/helpers/multipart';
import { applications, attachments, auditEvents } from '../../db/schema';

const s = applicationSuite({ ...STORY_CONFIG, attachmentMaxBytes: 64 * 1024 });
const api = signedInRequests(() => s.t);
const { rows, get, setDay } = s;

const db = () => s.t.database.db;

const PDF = Buffer.from(MINIMAL_PDF);
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const pdfPart = (name = 'education-certificate', bytes = PDF): FormPart => ({
  name,
  fileName: '学位证书.pdf',
  contentType: 'application/pdf',
  bytes,
});
const applicationPart = (body: Record<string, unknown> = {}): FormPart => ({
  name: 'application',
  value: JSON.stringify({ target: SENIOR_TELECOM, personalCommitment: true, ...body }),
});

/** The application and its files in one multipart request, as a client filing in one step sends it. */
function fileWithFiles(session: Session, parts: FormPart[], key = newKey()) {
  return api.upload(session, '/api/v1/applications', parts, { 'idempotency-key': key });
}
const attachmentRows = async () => (await db().select({ n: count() }).from(attachments))[0]!.n;

describe('filing with its files in one request (multipart)', () => {
  it('writes the files with the application: named by it, owned by the applicant, audited, served back intact', async () => {
    setDay('2026-03-03');
    const { session, person } = await s.w.applicant(s.w.orgs.employer.id);
    const png = { name: 'title-certificate', fileName: '资格证.png', contentType: 'image/png', bytes: PNG };
    const response = await fileWithFiles(session, [applicationPart(), pdfPart(), png]);
    expect(response.statusCode, response.body).toBe(201);
    const filed = response.json();
    expect(filed).toMatchObject({ state: 'submitted', version: 2, personName: person.name });

    const [row] = await db().select().from(applications).where(eq(applications.id, filed.id));
    expect(row!.attachmentIds).toHaveLength(2);
    const files = await db().select().from(attachments).where(inArray(attachments.id, row!.attachmentIds));
    expect(files.map((f) => [f.kind, f.contentType, f.personId]).sort()).toEqual([
      ['education-certificate', 'application/pdf', person.id],
      ['title-certificate', 'image/png', person.id],
    ]);
    const audit = await db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(inArray(auditEvents.entityId, row!.attachmentIds));
    expect(audit.map((a) => a.action)).toEqual(['attachment.uploaded', 'attachment.uploaded']);

    const pdf = files.find((f) => f.kind === 'education-certificate')!;
    const content = await get(session, `/api/v1/me/attachments/${pdf.id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(PDF)).toBe(true);
    expect(content.headers['x-content-sm3']).toBe(crypto.createHash('sm3').update(PDF).digest('hex'));
  });

  it('names earlier uploads and the files sent with it together, earlier ones first', async () => {
    setDay('2026-03-03');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const uploaded = await api.upload(session, '/api/v1/me/attachments?kind=appraisal-record', [
      pdfPart('file'),
    ]);
    expect(uploaded.statusCode).toBe(201);
    const earlier = uploaded.json().id;
    const response = await fileWithFiles(session, [applicationPart({ attachmentIds: [earlier] }), pdfPart()]);
    expect(response.statusCode, response.body).toBe(201);
    const [row] = await db().select().from(applications).where(eq(applications.id, response.json().id));
    expect(row!.attachmentIds).toHaveLength(2);
    expect(row!.attachmentIds[0]).toBe(earlier);
  });

  it('answers a retry with the same application and writes no second set of files', async () => {
    setDay('2026-03-03');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const key = newKey();
    const first = await fileWithFiles(session, [applicationPart(), pdfPart()], key);
    expect(first.statusCode).toBe(201);
    const files = await attachmentRows();
    const again = await fileWithFiles(session, [applicationPart(), pdfPart()], key);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect(await attachmentRows()).toBe(files);
  });

  it('writes neither the application nor its files when the filing is refused', async () => {
    setDay('2026-03-03');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const retiree = await s.w.applicant(s.w.orgs.employer.id, { retired: true });
    const [apps, files] = [await rows(), await attachmentRows()];
    const noCommitment = await fileWithFiles(session, [
      applicationPart({ personalCommitment: false }),
      pdfPart(),
    ]);
    expect(noCommitment.statusCode).toBe(422);
    expect(noCommitment.json().error.message).toContain('须签署个人承诺');
    const retired = await fileWithFiles(retiree.session, [applicationPart(), pdfPart()]);
    expect(retired.statusCode).toBe(422);
    expect([await rows(), await attachmentRows()]).toEqual([apps, files]);
  });

  it('files several at once, each with its own files', async () => {
    setDay('2026-03-03');
    const people = await Promise.all(Array.from({ length: 4 }, () => s.w.applicant(s.w.orgs.employer.id)));
    const responses = await Promise.all(
      people.map((p) => fileWithFiles(p.session, [applicationPart(), pdfPart()])),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    const filed = await db()
      .select({ personId: applications.personId, attachmentIds: applications.attachmentIds })
      .from(applications)
      .where(
        inArray(
          applications.id,
          responses.map((r) => r.json().id),
        ),
      );
    const owners = await db()
      .select({ id: attachments.id, personId: attachments.personId })
      .from(attachments)
      .where(
        inArray(
          attachments.id,
          filed.flatMap((f) => f.attachmentIds),
        ),
      );
    expect(owners).toHaveLength(4);
    for (const f of filed) expect(owners.find((o) => o.id === f.attachmentIds[0])!.personId).toBe(f.personId);
  });

  it('refuses bad forms with a clear Chinese error, writing nothing', async () => {
    setDay('2026-03-03');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const [apps, files] = [await rows(), await attachmentRows()];
    const cases: { parts: FormPart[]; status: number; path?: string; message: string }[] = [
      {
        parts: [applicationPart(), pdfPart('education-certificate', Buffer.from('just text, not a PDF'))],
        status: 400,
        path: 'education-certificate',
        message: '只能上传PDF、JPG或PNG文件',
      },
      {
        parts: [applicationPart(), { ...pdfPart(), contentType: 'image/png' }],
        status: 400,
        path: 'education-certificate',
        message: '与声明的类型（image/png）不符',
      },
      {
        parts: [applicationPart(), pdfPart('diploma')],
        status: 400,
        path: 'diploma',
        message: '字段名应为附件类别代码',
      },
      { parts: [pdfPart()], status: 400, path: 'application', message: '缺少表单字段 application' },
      {
        parts: [{ name: 'application', value: '{"target":' }, pdfPart()],
        status: 400,
        path: 'application',
        message: '不是有效的JSON',
      },
      {
        parts: [{ name: 'application', value: JSON.stringify({ personalCommitment: true }) }, pdfPart()],
        status: 400,
        path: 'target',
        message: '',
      },
      {
        parts: [applicationPart(), pdfPart('education-certificate', Buffer.alloc(0))],
        status: 400,
        message: '文件为空',
      },
      {
        parts: [
          applicationPart(),
          pdfPart('education-certificate', Buffer.concat([PDF, Buffer.alloc(70 * 1024)])),
        ],
        status: 413,
        message: '文件过大',
      },
      {
        parts: [applicationPart(), ...Array.from({ length: 21 }, () => pdfPart())],
        status: 400,
        message: '上传的文件个数超过上限',
      },
      {
        // Past twenty files at their limit: refused before it is parsed.
        parts: [applicationPart(), pdfPart('education-certificate', Buffer.alloc(3 * 1024 * 1024))],
        status: 413,
        message: '请求体过大',
      },
      {
        parts: [applicationPart(), { name: 'application', value: '{}' }, pdfPart()],
        status: 400,
        message: '表单字段过多',
      },
    ];
    for (const c of cases) {
      const response = await fileWithFiles(session, c.parts);
      expect(response.statusCode, response.body).toBe(c.status);
      const { error } = response.json();
      expect(error.message).toContain(c.message);
      if (c.path) expect(error.details[0].path).toBe(c.path);
    }
    expect([await rows(), await attachmentRows()]).toEqual([apps, files]);
  });
});
