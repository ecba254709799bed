/**
 * The users module's public interface. Registering an expert creates the expert's user inside
 * the registration's transaction, so the user read and write it composes are public here; the
 * home page and the demo read an account by id or name.
 */
export { findUser, findUserByUsername, insertUser } from './users.repository';
export type { UsersService } from './users.service';
