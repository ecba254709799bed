/**
 * The auth module's public interface. Disabling a user or changing a password ends the user's
 * sessions in the same transaction, so `deleteSessionsOfUser` is public here.
 */
export { deleteSessionsOfUser } from './auth.repository';
export type { AuthService } from './auth.service';
export type { LoginLockout } from './login-lockout';
