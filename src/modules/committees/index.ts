/**
 * The committees module's public interface. Committees are reference data that filings,
 * sessions, experts and certificates read inside their own transactions, so the two reads are
 * public here.
 */
export { committeesOfOffice, findCommittee, listCommittees } from './committees.repository';
export type { CommitteesService } from './committees.service';
