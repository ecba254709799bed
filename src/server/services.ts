import type { Db } from '../db/client';
import { createAttachmentsService } from '../modules/attachments/attachments.service';
import { createAuditLog } from '../modules/audit/audit.service';
import { createAuthService } from '../modules/auth/auth.service';
import { createCalendarService } from '../modules/calendar/calendar.service';
import { createHomeService } from '../modules/home/home.service';
import { createOrganisationsService } from '../modules/organisations/organisations.service';
import { createProfileService } from '../modules/profile/profile.service';
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
}

/** Wires every service with exactly what it uses; the HTTP server and the CLI share this. */
export function createServices(deps: ServiceDeps) {
  const { db, clock, config } = deps;
  const audit = createAuditLog({ clock });
  return {
    clock,
    audit,
    auth: createAuthService({ db, clock, audit, config }),
    users: createUsersService({ db, audit, clock }),
    organisations: createOrganisationsService({ db, audit, clock }),
    calendar: createCalendarService({ db, audit, clock }),
    home: createHomeService({ db }),
    profile: createProfileService({ db, audit, clock }),
    attachments: createAttachmentsService({
      db,
      audit,
      clock,
      store: deps.attachmentStore ?? localDiskAttachmentStore(config.attachmentsDir),
      maxBytes: config.attachmentMaxBytes,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
