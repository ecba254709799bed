import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SENIOR_TELECOM } from '../../../test/helpers/application-requests';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { authed } from '../../../test/helpers/factories';
import { firstSheet } from '../../../test/helpers/first-sheet';

// What comes out of an application besides its state: the PDFs, the filing preview, the 一览表.

const s = applicationSuite({ loginRateLimitPerMinute: 10_000 });
const { file, act, get, rows, setDay } = s;

const target = SENIOR_TELECOM;

describe('printable forms', () => {
  it('renders the 评审表 and the unit’s 公示表 as PDFs whose text extracts', async () => {
    setDay('2026-03-02');
    const { session: me } = await s.w.applicant(s.w.orgs.employer.id);
    const created = (await file(me)).json();
    await act(s.w.sessions.employer, created.id, { event: 'start-unit-publicity' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-pdf-'));
    try {
      const form = await get(s.w.sessions.employer, `/api/v1/applications/${created.id}/form.pdf`);
      expect(form.statusCode).toBe(200);
      expect(form.headers['content-type']).toBe('application/pdf');
      fs.writeFileSync(path.join(dir, 'form.pdf'), form.rawPayload);
      const formText = execFileSync('pdftotext', ['-layout', path.join(dir, 'form.pdf'), '-']).toString();
      expect(formText).toContain('专业技术职务任职资格评审表');
      expect(formText).toContain(created.number);
      expect(formText).toContain('高级工程师（通信工程）');
      expect(formText).toContain('申报人诚信承诺书');
      expect(formText.replace(/\s+/g, '')).toContain(created.personName);

      const sheet = await get(s.w.sessions.employer, '/api/v1/publicity/notices.pdf');
      expect(sheet.statusCode).toBe(200);
      fs.writeFileSync(path.join(dir, 'sheet.pdf'), sheet.rawPayload);
      const sheetText = execFileSync('pdftotext', ['-layout', path.join(dir, 'sheet.pdf'), '-']).toString();
      expect(sheetText).toContain('专业技术职务任职资格申报人员公示表');
      expect(sheetText).toContain('2026-03-02至2026-03-06');
      // The notice board shows the masked name only.
      expect(sheetText).not.toContain(created.personName);

      const outsider = await get(s.w.sessions.otherEmployer, `/api/v1/applications/${created.id}/form.pdf`);
      expect(outsider.statusCode).toBe(404);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('before filing and after', () => {
  it('previews exactly what filing would find, writing nothing', async () => {
    setDay('2026-03-02');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const before = await rows();
    const preview = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/applications/preview',
      headers: authed(session),
      payload: { target, pathway: 'regular' },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      today: '2026-03-02',
      policy: { id: 'anshan-2023', note: expect.stringContaining('沿用') },
      eligibility: { eligible: true },
      problems: [],
    });
    const retiree = await s.w.applicant(s.w.orgs.employer.id, { retired: true });
    const refused = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/applications/preview',
      headers: authed(retiree.session),
      payload: { target },
    });
    expect(refused.json().problems).toMatchObject([{ code: 'RETIRED', citation: { document: 'national' } }]);
    expect(await rows()).toBe(before);
  });

  it('exports the 一览表 with the list’s filters as a real workbook', async () => {
    setDay('2026-03-02');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const created = (await file(session)).json();
    const response = await get(
      s.w.sessions.employer,
      '/api/v1/applications/export?state=submitted&sort=-updatedAt',
    );
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    const sheet = await firstSheet(response.rawPayload);
    expect(sheet.getRow(1).getCell(1).value).toBe('申报编号');
    const numbers: unknown[] = [];
    sheet.eachRow((row, n) => n > 1 && numbers.push(row.getCell(1).value));
    expect(numbers).toContain(created.number);
    const bad = await get(s.w.sessions.employer, '/api/v1/applications/export?state=flying');
    expect(bad.statusCode).toBe(400);
  });
});
