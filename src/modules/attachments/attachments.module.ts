import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { attachmentsRoutes } from './attachments.routes';
import { createAttachmentsService } from './attachments.service';

export const attachmentsModule = featureModule({
  name: 'attachments',
  wire: ({
    db,
    clock,
    config,
    attachmentStore,
    audit,
  }: Pick<Platform, 'db' | 'clock' | 'config' | 'attachmentStore'> & { audit: AuditLog }) => ({
    attachments: createAttachmentsService({
      db,
      audit,
      clock,
      store: attachmentStore,
      maxBytes: config.attachmentMaxBytes,
    }),
  }),
  routes: ({ attachments }) => [attachmentsRoutes(attachments)],
});
