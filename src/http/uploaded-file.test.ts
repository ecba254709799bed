import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../test/helpers/app-suite';
import { buildApplicationWorld, type Session } from '../../test/helpers/application-world';
import { authed } from '../../test/helpers/factories';
import { MINIMAL_PDF } from '../../test/helpers/minimal-pdf';
import { attachments, titleImportJobs } from '../db/schema';

const s = testAppSuite();
const api = signedInRequests(() => s.t);
let applicant: Session;
let hr: Session;
beforeAll(async () => {
  const w = await buildApplicationWorld(s.t);
  applicant = (await w.applicant(w.orgs.employer.id)).session;
  hr = w.sessions.hr;
});

/** Forms a browser would never send, each found by the OpenAPI fuzzer answering 500. */
const MALFORMED: [string, string, string][] = [
  ['no boundary', 'multipart/form-data', '0'],
  ['a boundary that never comes', 'multipart/form-data; boundary=nothing', '{"a":1}'],
  [
    'a part cut short',
    'multipart/form-data; boundary=x',
    '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
  ],
];

describe('a single-file upload whose form is malformed', () => {
  const routes = () =>
    [
      ['/api/v1/me/attachments?kind=achievement', applicant],
      ['/api/v1/title-imports', hr],
      ['/api/v1/experts/import', hr],
    ] as const;

  it.each(MALFORMED)('is a 400 saying so, with nothing written: %s', async (_, contentType, payload) => {
    const rowsBefore = await rows();
    for (const [url, session] of routes()) {
      const response = await s.t.app.inject({
        method: 'POST',
        url,
        headers: { ...authed(session), 'content-type': contentType },
        payload,
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.code, url).toBe('MALFORMED_FORM');
      expect(response.json().error.message, url).toContain('上传的表单格式不正确');
    }
    expect(await rows()).toEqual(rowsBefore);
  });

  it('still takes a well-formed upload, and still names a missing file', async () => {
    const url = '/api/v1/me/attachments?kind=achievement';
    const saved = await api.upload(applicant, url, [
      { name: 'file', fileName: '证明.pdf', contentType: 'application/pdf', bytes: Buffer.from(MINIMAL_PDF) },
    ]);
    expect(saved.statusCode).toBe(201);
    const missing = await api.upload(applicant, url, []);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([{ path: 'file', message: '请选择要上传的文件' }]);
  });
});

async function rows() {
  const db = s.t.database.db;
  const [files] = await db.select({ n: count() }).from(attachments);
  const [jobs] = await db.select({ n: count() }).from(titleImportJobs);
  return { files: files!.n, jobs: jobs!.n };
}
