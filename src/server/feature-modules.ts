import { accountModule } from '../modules/account/account.module';
import { applicationsModule } from '../modules/applications/applications.module';
import { attachmentsModule } from '../modules/attachments/attachments.module';
import { auditModule } from '../modules/audit/audit.module';
import { authModule } from '../modules/auth/auth.module';
import { backupModule } from '../modules/backup/backup.module';
import { calendarModule } from '../modules/calendar/calendar.module';
import { certificatesModule } from '../modules/certificates/certificates.module';
import { committeesModule } from '../modules/committees/committees.module';
import { deadlinesModule } from '../modules/deadlines/deadlines.module';
import { eligibilityModule } from '../modules/eligibility/eligibility.module';
import { employmentModule } from '../modules/employment/employment.module';
import { expertsModule } from '../modules/experts/experts.module';
import { homeModule } from '../modules/home/home.module';
import { identifiersModule } from '../modules/identifiers/identifiers.module';
import { integrityModule } from '../modules/integrity/integrity.module';
import { notificationsModule } from '../modules/notifications/notifications.module';
import { operationsModule } from '../modules/operations/operations.module';
import { organisationsModule } from '../modules/organisations/organisations.module';
import { policyModule } from '../modules/policy/policy.module';
import { postsModule } from '../modules/posts/posts.module';
import { profileModule } from '../modules/profile/profile.module';
import { publicityModule } from '../modules/publicity/publicity.module';
import { referenceModule } from '../modules/reference/reference.module';
import { reviewModule } from '../modules/review/review.module';
import { titleImportModule } from '../modules/title-import/title-import.module';
import { unitsModule } from '../modules/units/units.module';
import { usersModule } from '../modules/users/users.module';

/**
 * Every feature module of the system, in the order they are wired: a module comes after those
 * whose services it uses (wiring stops at start-up, naming both, when one does not). Adding a
 * module is adding it here; its services, routes and deadline handlers come with it.
 */
export const FEATURE_MODULES = [
  auditModule,
  calendarModule,
  notificationsModule,
  authModule,
  usersModule,
  organisationsModule,
  referenceModule,
  identifiersModule,
  homeModule,
  profileModule,
  eligibilityModule,
  attachmentsModule,
  policyModule,
  applicationsModule,
  publicityModule,
  committeesModule,
  expertsModule,
  reviewModule,
  titleImportModule,
  accountModule,
  employmentModule,
  certificatesModule,
  integrityModule,
  unitsModule,
  postsModule,
  deadlinesModule,
  operationsModule,
  backupModule,
] as const;
