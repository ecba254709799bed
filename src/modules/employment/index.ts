/**
 * The employment module's public interface. A person's employer on record is read inside other
 * use cases' transactions (a profile, a user's units), and the demo binds employers directly.
 */
export { bindEmployersOnRecord, currentBindingOf, currentUnitsOf } from './employment.repository';
export type { EmploymentService } from './employment.service';
