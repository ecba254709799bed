/** The eligibility module's public interface: the rules' check, the policy in force, and their schemas. */
export {
  applicantSchema,
  checkEligibility,
  eligibilityResultSchema,
  levelField,
  resolvedPolicy,
  seriesField,
} from './eligibility.service';
