import { type Actor, hasPermission } from '../../domain/access/actor';
import type { RecordPolicy } from '../../domain/access/record-policy';
import type { UserRowView } from './user-view';

/** What an administrator may do with an account; the users page shows exactly these buttons. */
export const USER_ABILITIES = ['edit', 'disable', 'enable', 'reset-password', 'unlock', 'unlink'] as const;
export type UserAbility = (typeof USER_ABILITIES)[number];

/**
 * Why an account's status may not be switched by hand, or null: an administrator may not disable
 * their own account (they would lock themselves out), and a registered unit's account opens with
 * the HR bureau's approval of the unit, not by hand.
 */
export function statusChangeRefusal(
  actor: Actor,
  user: { id: string; status: string },
): 'self' | 'pending' | null {
  if (user.status === 'pending') return 'pending';
  if (user.status === 'active' && user.id === actor.userId) return 'self';
  return null;
}

/**
 * Accounts are the administrator's (`users.manage`, every account; the page is theirs alone):
 * edit and reset the password of any; disable or enable unless `statusChangeRefusal` says no;
 * unlock one whose lock still runs; and, with `bindings.unlink`, unlink the linked person from
 * the unit they are bound to now. `now` decides whether a lock still runs.
 */
export function userPolicy(now: Date): RecordPolicy<UserRowView, UserAbility, null> {
  return {
    scopeOf: () => null,
    abilitiesOf(actor, user) {
      if (!hasPermission(actor, 'users.manage')) return null;
      const abilities: UserAbility[] = ['edit', 'reset-password'];
      if (statusChangeRefusal(actor, user) === null)
        abilities.push(user.status === 'active' ? 'disable' : 'enable');
      if (user.lockedUntil !== null && new Date(user.lockedUntil) > now) abilities.push('unlock');
      if (hasPermission(actor, 'bindings.unlink') && user.person?.currentUnit) abilities.push('unlink');
      return abilities;
    },
  };
}
