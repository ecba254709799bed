import { describe, expect, it } from 'vitest';
import { testAppSuite } from '../../../test/helpers/app-suite';
import { createOrganisation, signIn } from '../../../test/helpers/factories';

const s = testAppSuite();

async function sessionUser(cookie: string) {
  const me = await s.t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
  expect(me.statusCode, me.body).toBe(200);
  return me.json().user;
}

describe('the session carries the kind of the user’s unit', () => {
  it('tells a public institution’s clerk from an enterprise’s, and a bureau has no employer kind', async () => {
    const institution = await createOrganisation(s.t.database.db, { employerKind: 'public-institution' });
    const enterprise = await createOrganisation(s.t.database.db, { employerKind: 'private-enterprise' });
    const bureau = await createOrganisation(s.t.database.db, { kind: 'hr-bureau', employerKind: null });
    const clerkOf = (organisationId: string) => signIn(s.t, { roles: ['employer'], organisationId });

    const ofInstitution = await sessionUser((await clerkOf(institution.id)).cookie);
    expect(ofInstitution.organisation).toMatchObject({
      kind: 'employer',
      employerKind: 'public-institution',
    });
    const ofEnterprise = await sessionUser((await clerkOf(enterprise.id)).cookie);
    expect(ofEnterprise.organisation).toMatchObject({ kind: 'employer', employerKind: 'private-enterprise' });
    // Both hold posts.plan: the role decides the permission, the unit's kind decides the pages.
    expect(ofEnterprise.permissions).toContain('posts.plan');

    const officer = await signIn(s.t, { roles: ['hr'], organisationId: bureau.id });
    expect((await sessionUser(officer.cookie)).organisation).toMatchObject({
      kind: 'hr-bureau',
      employerKind: null,
    });
  });
});
