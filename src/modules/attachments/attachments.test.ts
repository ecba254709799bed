import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import { authed, createPerson, createUser, login, type Session } from '../../../test/helpers/factories';
import { multipartBody } from '../../../test/helpers/multipart';
import { attachments } from '../../db/schema';

/** A real (minimal) PDF and a real 1×1 PNG. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A multipart/form-data body with one file part, as a browser sends it. */
const multipart = (fileName: string, contentType: string, bytes: Buffer) =>
  multipartBody([{ name: 'file', fileName, contentType, bytes }]);

const s = testAppSuite({ attachmentMaxBytes: 64 * 1024 });
const api = signedInRequests(() => s.t);
let me: Session;
let other: Session;
beforeAll(async () => {
  const mine = await createPerson(s.t.database.db, s.t.cipher, { name: '李志远' });
  const theirs = await createPerson(s.t.database.db, s.t.cipher, { name: '王芳', birthDate: '1990-01-01' });
  await createUser(s.t.database.db, { username: 'mine', roles: ['applicant'], personId: mine.id });
  await createUser(s.t.database.db, { username: 'theirs', roles: ['applicant'], personId: theirs.id });
  me = await login(s.t.app, 'mine');
  other = await login(s.t.app, 'theirs');
});

const upload = (session: Session, kind: string, fileName: string, type: string, bytes: Buffer) => {
  const body = multipart(fileName, type, bytes);
  return s.t.app.inject({
    method: 'POST',
    url: `/api/v1/me/attachments?kind=${kind}`,
    headers: { ...authed(session), ...body.headers },
    payload: body.payload,
  });
};
const rows = async () => (await s.t.database.db.select({ n: count() }).from(attachments))[0]!.n;

describe('attachments', () => {
  it('stores a PDF outside the row under its SM3 hash and serves it back only to its owner', async () => {
    const response = await upload(me, 'education-certificate', '学位证书.pdf', 'application/pdf', PDF);
    expect(response.statusCode).toBe(201);
    const saved = response.json();
    const sm3 = crypto.createHash('sm3').update(PDF).digest('hex');
    expect(saved).toMatchObject({
      kind: 'education-certificate',
      fileName: '学位证书.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sm3,
    });
    expect(
      fs.readFileSync(path.join(s.t.config.attachmentsDir, sm3.slice(0, 2), sm3.slice(2, 4), sm3)),
    ).toEqual(PDF);

    const download = await api.get(me, `/api/v1/me/attachments/${saved.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload).toEqual(PDF);
    const theirs = await api.get(other, `/api/v1/me/attachments/${saved.id}/content`);
    expect(theirs.statusCode).toBe(404);
    const list = (
      await s.t.app.inject({ method: 'GET', url: '/api/v1/me/attachments', headers: { cookie: me.cookie } })
    ).json();
    expect(list.map((a: { id: string }) => a.id)).toEqual([saved.id]);
  });

  it('takes a PNG sent as octet-stream by what it is', async () => {
    const response = await upload(me, 'title-certificate', 'scan.png', 'application/octet-stream', PNG);
    expect(response.statusCode).toBe(201);
    expect(response.json().contentType).toBe('image/png');
  });

  it.each([
    [
      'an executable renamed to .pdf',
      'setup.pdf',
      'application/pdf',
      Buffer.from('MZ\x90\x00binary'),
      400,
      'FILE_TYPE_NOT_ALLOWED',
    ],
    ['a PNG declared as a PDF', 'x.pdf', 'application/pdf', PNG, 400, 'FILE_TYPE_MISMATCH'],
    ['an empty file', 'empty.pdf', 'application/pdf', Buffer.alloc(0), 400, 'VALIDATION_FAILED'],
    [
      'a file over the limit',
      'big.pdf',
      'application/pdf',
      Buffer.concat([PDF, Buffer.alloc(70 * 1024)]),
      413,
      'FILE_TOO_LARGE',
    ],
    [
      'a file one byte over the limit',
      'edge.pdf',
      'application/pdf',
      Buffer.concat([PDF, Buffer.alloc(64 * 1024 + 1 - PDF.length)]),
      413,
      'FILE_TOO_LARGE',
    ],
    [
      'a file exactly at the limit is fine',
      'ok.pdf',
      'application/pdf',
      Buffer.concat([PDF, Buffer.alloc(64 * 1024 - PDF.length)]),
      201,
      null,
    ],
  ])(
    '%s: refused in Chinese with nothing written, or stored',
    async (_what, name, type, bytes, status, code) => {
      const before = await rows();
      const response = await upload(me, 'achievement', name, type, bytes);
      expect(response.statusCode).toBe(status);
      if (code === null) {
        expect(await rows()).toBe(before + 1);
        return;
      }
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await rows()).toBe(before);
    },
  );

  it('refuses an unknown kind, a non-multipart body, other roles, and a request without the CSRF token', async () => {
    const kind = await upload(me, 'selfie', 'a.pdf', 'application/pdf', PDF);
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.details[0].path).toBe('kind');
    const json = await api.post(me, '/api/v1/me/attachments?kind=other', { file: 'x' });
    expect(json.statusCode).toBe(415);
    await createUser(s.t.database.db, { username: 'hr', roles: ['hr'] });
    const hr = await login(s.t.app, 'hr');
    expect((await upload(hr, 'other', 'a.pdf', 'application/pdf', PDF)).statusCode).toBe(403);
    const body = multipart('a.pdf', 'application/pdf', PDF);
    const noToken = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/me/attachments?kind=other',
      headers: { cookie: me.cookie, ...body.headers },
      payload: body.payload,
    });
    expect(noToken.statusCode).toBe(403);
  });
});
