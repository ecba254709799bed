import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers/factories';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { seedDemo } from './demo.seed';
import { DEMO_POST_UNITS } from './demo-posts.seed';

let t: TestApp;
let password: string;
beforeAll(async () => {
  t = await createTestApp({ loginRateLimitPerMinute: 10_000 });
  ({ password } = await seedDemo(t.database.db, {
    audit: t.services.audit,
    cipher: t.cipher,
    posts: { ...t.services.posts, clock: t.clock },
  }));
}, 120_000);
afterAll(() => t?.close());

const get = async (username: string, url: string) => {
  const session = await login(t.app, username, password);
  return t.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
};

describe('the demo’s special-post proposal from a postdoc', () => {
  it('waits in the design institute’s drafts, from the conferred title, with the approval still to give', async () => {
    const drafts = await get(DEMO_POST_UNITS.institute.username, '/api/v1/appointments?state=draft');
    expect(drafts.statusCode, drafts.body).toBe(200);
    const proposals = drafts
      .json()
      .items.filter((a: { source: string }) => a.source === 'eligibility-effect');
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      person: { name: '韩博远' },
      kind: 'special',
      grade: 7,
      boardKind: 'special',
      sourceName: '职称途径特设岗位',
      actions: { edit: true, propose: true },
    });
    expect(proposals[0].reason).toContain('博士后');
    expect(proposals[0].check.findings.map((f: { key: string }) => f.key)).toEqual([
      'posts.appointment.special-approval',
    ]);
    // The hospital has no such proposal: the postdoc is the institute's.
    const hospital = await get(DEMO_POST_UNITS.hospital.username, '/api/v1/appointments?state=draft');
    expect(hospital.json().items.filter((a: { source: string }) => a.source !== 'unit')).toEqual([]);
  });
});
