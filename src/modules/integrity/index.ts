/**
 * The integrity module's public interface. Filing checks the applicant's archive bans inside the
 * filing's transaction, so the ban reads are public here.
 */
export { archiveBanOf, archiveBansOf } from './integrity.repository';
