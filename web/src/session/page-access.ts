import { APPLICATION_REVIEWER_ROLES } from '../../../src/domain/access/roles';
import type { Me } from '../api/auth';
import { hasPermission, hasRole } from './access';

/** Who may open which kind of page: the rules the navigation table's `allows` are built from. */
export const everyone = () => true;

/** The roles that review applications somewhere along the chain, or oversee them. */
export const reviewsApplications = (me: Me) => APPLICATION_REVIEWER_ROLES.some((role) => hasRole(me, role));

/** The committee office runs review sessions; the HR bureau and the supervisor read them. */
export const readsSessions = (me: Me) =>
  hasRole(me, 'committee-office') || hasRole(me, 'hr') || hasRole(me, 'supervisor');

/** The committee office and the HR bureau keep the expert registry. */
export const keepsExperts = (me: Me) => hasRole(me, 'committee-office') || hasRole(me, 'hr');

/** The HR bureau keeps the integrity archive and handles complaints; the supervisor oversees both. */
export const overseesIntegrity = (me: Me) => hasRole(me, 'hr') || hasRole(me, 'supervisor');

/** The HR bureau keeps the certificate ledger, a committee office its committees' part, the supervisor reads. */
export const keepsCertificates = (me: Me) =>
  hasRole(me, 'hr') || hasRole(me, 'committee-office') || hasRole(me, 'supervisor');

/**
 * Post plans (岗位设置): the unit drafts them, its department reviews, the HR bureau approves.
 * Every employer's clerk holds `posts.plan`, but only public institutions set posts, so the
 * pages are hidden from the clerks of other units (the server refuses them all the same).
 */
export const managesPosts = (me: Me) =>
  (hasPermission(me, 'posts.plan') && me.organisation?.employerKind === 'public-institution') ||
  hasPermission(me, 'posts.review') ||
  hasPermission(me, 'posts.approve');

/** Grade filings (二级岗位评审): a public institution files them, the HR bureau of a province answers them. */
export const filesGradeEvaluations = (me: Me) =>
  (hasPermission(me, 'posts.plan') && me.organisation?.employerKind === 'public-institution') ||
  (hasPermission(me, 'posts.approve') && /^\d{2}0000$/.test(me.jurisdiction.code));
