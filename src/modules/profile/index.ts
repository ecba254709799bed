/**
 * The profile module's public interface. A person's profile and the person behind a user are
 * read inside other use cases' transactions (filing, attachments, certificates), so those reads
 * are public here, with the title evidence an application shows.
 */
export {
  findProfile,
  findProfiles,
  personIdOfUser,
  personIdsOfUsers,
  personOfUser,
  personsOfUsers,
} from './profile.repository';
export { profileSchema } from './profile.schema';
export type { ProfileService } from './profile.service';
export { titleEvidenceOf, titleVerificationView } from './title-evidence';
export { titleVerificationSchema } from './title-verification.schema';
