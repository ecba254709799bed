import { bulkWriterOf, type Db } from '../db/client';
import { createAccountService } from '../modules/account/account.service';
import { createPhoneCodes } from '../modules/account/phone-codes.service';
import { createRegistration } from '../modules/account/registration.service';
import { createApplicationQueries } from '../modules/applications/application-queries';
import { createApplicationsService } from '../modules/applications/applications.service';
import { publicityDeadlineHandlers } from '../modules/applications/publicity-deadlines';
import { createAttachmentsService } from '../modules/attachments/attachments.service';
import { createAuditLog, sealAuditChain } from '../modules/audit/audit.service';
import { createAuthService } from '../modules/auth/auth.service';
import { createLoginLockout } from '../modules/auth/login-lockout';
import { createBackupService } from '../modules/backup/backup.service';
import { createCalendarService } from '../modules/calendar/calendar.service';
import { createCertificateDownloads } from '../modules/certificates/certificate-download';
import { createCertificateLedger } from '../modules/certificates/certificate-ledger.service';
import { createCertificateVerifier } from '../modules/certificates/certificate-verification';
import { createSigningKeys } from '../modules/certificates/signing-keys';
import { createCommitteeRegistry } from '../modules/committees/committee-registry.service';
import { createCommitteesService } from '../modules/committees/committees.service';
import { createDeadlineAdmin } from '../modules/deadlines/deadline-admin.service';
import { createDeadlineSweeper } from '../modules/deadlines/deadline-sweeper';
import { createBindingDecisions } from '../modules/employment/binding-decisions.service';
import { createEmploymentService } from '../modules/employment/employment.service';
import { createStaffImportService } from '../modules/employment/staff-import.service';
import { createExpertsService } from '../modules/experts/experts.service';
import { createHomeService } from '../modules/home/home.service';
import { createComplaintsService } from '../modules/integrity/complaints.service';
import { createIntegrityArchive } from '../modules/integrity/integrity-archive.service';
import { loggingMessageSender, type MessageSender } from '../modules/notifications/message-sender';
import { createNotificationsService } from '../modules/notifications/notifications.service';
import { createOperations } from '../modules/operations/operations.service';
import { createOrganisationsService } from '../modules/organisations/organisations.service';
import { createProfileService } from '../modules/profile/profile.service';
import { createPublicityService } from '../modules/publicity/publicity.service';
import { createDrawAudit } from '../modules/review/draw-audit.service';
import { createExpertPortal } from '../modules/review/expert-portal.service';
import { filingDeadlineHandlers } from '../modules/review/filing-deadlines';
import { createReviewSessionsService } from '../modules/review/review-sessions.service';
import { createSessionDraw } from '../modules/review/session-draw';
import { createSessionResults } from '../modules/review/session-results';
import { createSessionVoting } from '../modules/review/session-voting';
import { createTitleImportService } from '../modules/title-import/title-import.service';
import { createUnitRegistration } from '../modules/units/unit-registration.service';
import { createUnitRelations } from '../modules/units/unit-relations.service';
import { createUnitReview } from '../modules/units/unit-review.service';
import { createUsersService } from '../modules/users/users.service';
import { type AttachmentStore, localDiskAttachmentStore } from '../platform/attachment-store';
import type { Clock } from '../platform/clock';
import type { AppConfig } from '../platform/config';
import type { FieldCipher } from '../platform/crypto';

export interface ServiceDeps {
  db: Db;
  clock: Clock;
  config: AppConfig;
  cipher: FieldCipher;
  /** Defaults to files under `config.attachmentsDir`. */
  attachmentStore?: AttachmentStore;
  /** Defaults to writing a log line per SMS/e-mail. */
  messageSender?: MessageSender;
}

/** Wires every service with exactly what it uses; the HTTP server and the CLI share this. */
export function createServices(deps: ServiceDeps) {
  const { db, clock, config } = deps;
  const audit = createAuditLog({ clock });
  const lockout = createLoginLockout({ clock, audit, cipher: deps.cipher, config });
  const calendar = createCalendarService({ db, audit, clock });
  const messageSender =
    deps.messageSender ??
    loggingMessageSender(
      { info: (fields, message) => console.log(JSON.stringify({ ...fields, msg: message })) },
      { showCodes: !config.production },
    );
  const notifications = createNotificationsService({ db, clock, sender: messageSender });
  const phoneCodes = createPhoneCodes({ db, clock, cipher: deps.cipher, sender: messageSender });
  const attachments = createAttachmentsService({
    db,
    audit,
    clock,
    store: deps.attachmentStore ?? localDiskAttachmentStore(config.attachmentsDir),
    maxBytes: config.attachmentMaxBytes,
  });
  const applications = createApplicationsService({
    db,
    clock,
    audit,
    notifications,
    calendar: calendar.calendar,
  });
  const reviewDeps = {
    db,
    clock,
    audit,
    notifications,
    calendar: calendar.calendar,
    cipher: deps.cipher,
    applications,
  };
  const deadlines = createDeadlineSweeper({
    db,
    clock,
    audit,
    handlers: {
      ...publicityDeadlineHandlers({ audit, notifications }),
      ...filingDeadlineHandlers({ audit, notifications }),
    },
  });
  const signingKeys = createSigningKeys({ db, clock, cipher: deps.cipher });
  const ledger = createCertificateLedger({ db, clock, audit });
  const certificateServices = {
    keys: signingKeys,
    ledger,
    downloads: createCertificateDownloads({
      ledger,
      keys: signingKeys,
      clock,
      publicBaseUrl: config.publicBaseUrl,
    }),
    verifier: createCertificateVerifier({ db }),
  };
  return {
    /** Links committed audit events into the hash chain (the server does it every second). */
    sealAudit: () => sealAuditChain(db),
    clock,
    audit,
    auth: createAuthService({ db, clock, audit, lockout, config }),
    users: createUsersService({ db, audit, clock, lockout }),
    organisations: createOrganisationsService({ db, audit, clock }),
    calendar,
    backup: createBackupService({ db, config, audit, clock }),
    home: createHomeService({ db }),
    profile: createProfileService({ db, audit, clock }),
    phoneCodes,
    registration: createRegistration({ db, clock, audit, cipher: deps.cipher, codes: phoneCodes }),
    account: createAccountService({ db, clock, audit, codes: phoneCodes, lockout }),
    employment: createEmploymentService({ db, clock, audit, notifications }),
    bindingDecisions: createBindingDecisions({ db, clock, audit, notifications }),
    units: {
      registration: createUnitRegistration({ db, clock, audit, cipher: deps.cipher, codes: phoneCodes }),
      review: createUnitReview({ db, clock, audit }),
      relations: createUnitRelations({ db, clock, audit }),
    },
    attachments,
    notifications,
    applications,
    applicationQueries: createApplicationQueries({ db, applications, attachments }),
    committees: createCommitteesService({ db }),
    committeeRegistry: createCommitteeRegistry({ db, clock, audit }),
    publicity: createPublicityService({ db, audit, clock, notifications }),
    deadlines,
    deadlineAdmin: createDeadlineAdmin({ db, audit }),
    operations: createOperations({ db, deadlines, notifications, production: config.production }),
    experts: createExpertsService({ db, clock, audit, cipher: deps.cipher }),
    staffImport: createStaffImportService({
      db,
      clock,
      audit,
      cipher: deps.cipher,
      sender: messageSender,
      notifications,
      publicBaseUrl: config.publicBaseUrl,
    }),
    titleImports: createTitleImportService({ db, bulk: bulkWriterOf(db), clock, audit, cipher: deps.cipher }),
    certificates: certificateServices,
    integrity: createIntegrityArchive({ db, clock, audit, cipher: deps.cipher }),
    complaints: createComplaintsService({ db, clock, audit, cipher: deps.cipher }),
    review: {
      sessions: createReviewSessionsService(reviewDeps),
      draw: createSessionDraw(reviewDeps),
      voting: createSessionVoting(reviewDeps),
      results: createSessionResults(reviewDeps),
      portal: createExpertPortal(reviewDeps),
      drawAudit: createDrawAudit(reviewDeps),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
