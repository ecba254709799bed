import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { firstSheet } from '../../../test/helpers/first-sheet';
import { pdfText } from '../../../test/helpers/pdf-text';
import { approvePlan, buildPostWorld, realisticPlan } from '../../../test/helpers/post-plans';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const requests = signedInRequests(() => s.t);
const { get, post, patch } = requests;

/** Text with all white space removed: a wrapped cell or a padded table row compares whole. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** The PDF's text in drawing order (`pdftotext -raw`), squashed: a wrapped cell's lines stay together. */
function rawText(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-review-form-'));
  try {
    fs.writeFileSync(path.join(dir, 'form.pdf'), bytes);
    return squash(execFileSync('pdftotext', ['-raw', path.join(dir, 'form.pdf'), '-']).toString());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('岗位设置审核表 as PDF', () => {
  it('prints the approved plan with the same figures as the workbook, for the approving bureau', async () => {
    const unit = await s.w.unit();
    const id = await approvePlan(requests, s.w, unit.session);
    const pdf = await get(s.w.sessions.hr, `/api/v1/post-plans/${id}/review-form.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toContain(
      `${unit.name}岗位设置审核表（第1版）.pdf`,
    );
    const text = pdfText(pdf.rawPayload);
    const flat = squash(text);
    for (const words of [
      '事业单位岗位设置审核表',
      `单位名称${unit.name}`,
      '编制数120',
      '岗位总量120',
      '专业技术岗位9075%',
      '助理级专业技术12级2224.4%',
      '专业技术5级1辽人社〔2025〕8号引进省级领军人才',
      '符合各项规定',
      '批复文号人社批〔2026〕50号',
      '人社部门意见（盖章）',
    ])
      expect(flat).toContain(words);

    // The workbook says the same: every label and figure of its rows is in the PDF.
    const xlsx = await get(s.w.sessions.hr, `/api/v1/post-plans/${id}/review-form`);
    const sheet = await firstSheet(xlsx.rawPayload);
    sheet.eachRow((row) => {
      for (const cell of (row.values as unknown[]).slice(1))
        if (cell !== null && cell !== undefined && cell !== '') expect(flat).toContain(squash(String(cell)));
    });
  });

  it('lists every failing rule with its citation and the return reasons of a returned plan', async () => {
    const unit = await s.w.unit();
    const drafted = await post(unit.session, '/api/v1/post-plans', realisticPlan());
    expect(drafted.statusCode, drafted.body).toBe(201);
    const { id } = drafted.json();
    expect((await post(unit.session, `/api/v1/post-plans/${id}/submit`, {})).statusCode).toBe(200);
    const reasons = ['工勤技能岗位数与编制核定不符', '特设岗位请附省级人才认定文件'];
    const returned = await post(s.w.sessions.department, `/api/v1/post-plans/${id}/return`, { reasons });
    expect(returned.statusCode, returned.body).toBe(200);
    // The unit starts correcting it and overshoots the 编制: the form shows the rule it now breaks.
    const edited = await patch(
      unit.session,
      `/api/v1/post-plans/${id}`,
      realisticPlan({ totals: { professional: 90, management: 20, support: 15 } }),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const problems = edited.json().check.problems as {
      key: string;
      message: string;
      citation: { clause: string };
    }[];
    expect(problems.map((p) => p.key)).toContain('posts.plan.within-staffing');

    const text = rawText((await get(unit.session, `/api/v1/post-plans/${id}/review-form.pdf`)).rawPayload);
    for (const problem of problems) {
      expect(text).toContain(squash(problem.key));
      expect(text).toContain(squash(problem.citation.clause));
      expect(text).toContain(squash(problem.message));
    }
    expect(text).toContain(`退回意见${reasons.join('；')}`);
  });

  it('answers 404 to a unit that may not see the plan, and to an unknown plan', async () => {
    const unit = await s.w.unit();
    const id = await approvePlan(requests, s.w, unit.session);
    const other = await s.w.unit();
    expect((await get(other.session, `/api/v1/post-plans/${id}/review-form.pdf`)).statusCode).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await get(s.w.sessions.hr, `/api/v1/post-plans/${unknown}/review-form.pdf`)).statusCode).toBe(
      404,
    );
  });
});
