import { describe, expect, it } from 'vitest';
import type { Me } from '../../web/src/api/auth';
import { menuPagesFor, pagesFor } from '../../web/src/navigation';
import { managesPosts } from '../../web/src/session/page-access';

/** A session as the server describes it, for one role at a unit of one kind. */
function me(
  permissions: Me['permissions'],
  organisation: Partial<NonNullable<Me['organisation']>> | null,
): Me {
  return {
    id: 'u1',
    username: 'clerk',
    displayName: '张三',
    roles: ['employer'],
    permissions,
    organisation: organisation && {
      id: 'o1',
      name: '某单位',
      kind: 'employer',
      employerKind: null,
      ...organisation,
    },
    jurisdiction: { code: '210300', name: '鞍山市', fullName: '辽宁省鞍山市' },
    mustChangePassword: false,
    phoneMasked: null,
  };
}

const postPaths = (session: Me) =>
  pagesFor(session)
    .map((p) => p.path)
    .filter((path) => path.startsWith('/post-'));

describe('岗位设置 pages by the kind of the user’s unit', () => {
  it('shows them to a public institution’s clerk and hides them from an enterprise’s, who holds the same permission', () => {
    const institution = me(['posts.plan'], { employerKind: 'public-institution' });
    const enterprise = me(['posts.plan'], { employerKind: 'private-enterprise' });
    expect(managesPosts(institution)).toBe(true);
    expect(postPaths(institution)).toEqual(expect.arrayContaining(['/post-plans', '/post-board']));
    expect(menuPagesFor(institution).map((p) => p.title)).toContain('岗位设置');

    expect(managesPosts(enterprise)).toBe(false);
    expect(postPaths(enterprise)).toEqual([]);
    expect(menuPagesFor(enterprise).map((p) => p.title)).not.toContain('岗位设置');
    // A clerk without a unit on record sees no posts either.
    expect(managesPosts(me(['posts.plan'], null))).toBe(false);
  });

  it('keeps them for the department that reviews and the bureau that approves, whatever their own kind', () => {
    expect(managesPosts(me(['posts.review'], { kind: 'department', employerKind: 'government' }))).toBe(true);
    expect(managesPosts(me(['posts.approve'], { kind: 'hr-bureau', employerKind: null }))).toBe(true);
  });
});
