/**
 * The audit module's public interface: the log every state change writes to, and its seal; and
 * an event's data, which other modules check what they sealed in the chain against.
 */
export { firstEventData } from './audit.repository';
export {
  type AuditEntry,
  type AuditLog,
  type StateChangeDeps,
  sealAuditChain,
  verifyAuditChain,
} from './audit.service';
