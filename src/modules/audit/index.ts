/** The audit module's public interface: the log every state change writes to, and its seal. */
export { type AuditEntry, type AuditLog, sealAuditChain, verifyAuditChain } from './audit.service';
