/**
 * The attachments module's public interface. Filing an application stores its files inside the
 * filing's transaction (the application and its attachments stand or fall together), so the
 * attachment rows' reads and writes it composes are public here, with their audit entry.
 */
export {
  attachmentsByIds,
  insertAttachments,
  listAttachments,
} from './attachments.repository';
export { type AttachmentsService, type KeptFile, uploadedAudit } from './attachments.service';
