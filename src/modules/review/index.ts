/**
 * The review module's public interface: the draw audit and the fixed-results check operators
 * run, and who may see a session (an expert's own sessions).
 */
export { poolSnapshotResponse } from './draw-audit.schema';
export type { DrawAudit } from './draw-audit.service';
export { verifyFixedResults } from './results-integrity';
export { sessionAccess } from './review.policy';
