/**
 * The account module's public interface: what other modules may use of it. Unit registration
 * creates the registrant's account inside its own transaction (the unit and its first account
 * stand or fall together), so the account reads and writes it composes are public here.
 */
export { accountByPhoneHash } from './account.repository';
export type { AccountService } from './account.service';
export { type PhoneCodes, phoneLookupHash } from './phone-codes.service';
export { insertAccount, usernameTaken } from './registration.repository';
