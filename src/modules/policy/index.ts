/** The policy module's public interface: the policy in force for a place and a date. */
export { policyForPlace } from './policies.service';
