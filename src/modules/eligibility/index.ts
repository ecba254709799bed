/** The eligibility module's public interface: the rules' check, the policy in force, and their schemas. */

export { checkEligibility, resolvedPolicy } from './eligibility.service';
export { applicantSchema, levelField, seriesField } from './eligibility-request.schema';
export { eligibilityResultSchema, pathwayEffectsSchema } from './eligibility-result.schema';
