import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors';
import type { Clock } from '../../platform/clock';
import type { AppConfig } from '../../platform/config';
import type { FieldCipher } from '../../platform/crypto';
import type { AuditLog } from '../audit';
import { deleteSessionsOfUser, lockUser } from './auth.repository';
import {
  clearLoginFailures,
  countLoginFailure,
  findLoginFailures,
  forgetLoginFailures,
  lockLoginName,
} from './login-failures.repository';

export interface LoginLockoutDeps {
  clock: Clock;
  audit: AuditLog;
  cipher: Pick<FieldCipher, 'lookupHash'>;
  config: Pick<AppConfig, 'lockoutThreshold' | 'lockoutMinutes' | 'lockoutWindowMinutes'>;
}

function formatShanghaiTime(at: Date): string {
  return at.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/**
 * The lockout belongs to the login name, not to the account: failures are counted the same
 * way whether or not an account has the name, and the same answers come back, so trying a
 * name five times does not tell whether it exists. Only what a lock does besides differs
 * where nobody outside can see it: an account's lock is shown to admins and ends its sessions.
 */
export function createLoginLockout(deps: LoginLockoutDeps) {
  const { clock, audit, cipher, config } = deps;
  const windowMs = config.lockoutWindowMinutes * 60_000;

  /**
   * The keyed hash a name's counter is kept under. The name is hashed exactly as the
   * account lookup matches it: a looser key (say, case-folded) would pool names that the
   * lookup keeps apart, and that difference would show. The prefix keeps these hashes apart
   * from those of ID numbers made with the same key.
   */
  const keyOf = (username: string) => cipher.lookupHash(`login-name:${username}`);

  return {
    keyOf,

    /** The name's counter, read before the password is checked (with the account, at once). */
    stateOf: (db: Db, nameHash: string) => findLoginFailures(db, nameHash),

    /**
     * Refuses while the name is locked, or the account (a lock from before counters were kept
     * by name). The right password is refused too, so guessing cannot go on.
     */
    refuseIfLocked(
      counter: { lockedUntil: Date | null } | undefined,
      account: { lockedUntil: Date | null } | undefined,
      now: Date,
    ): void {
      const until = [counter?.lockedUntil, account?.lockedUntil]
        .filter((at): at is Date => at != null && at > now)
        .sort((a, b) => b.getTime() - a.getTime())[0];
      if (until) {
        throw new AppError(
          'locked',
          'ACCOUNT_LOCKED',
          `连续登录失败次数过多，账户已锁定，请于 ${formatShanghaiTime(until)} 后重试`,
        );
      }
    },

    /**
     * Counts a failure on the name and, at the threshold, locks it (and the account of that
     * name, ending its sessions) with its audit event, in one transaction; then throws the
     * lock's answer. Below the threshold it returns, and the caller answers "wrong password".
     */
    async recordFailure(db: Db, nameHash: string, userId: string | null): Promise<void> {
      const now = clock.now();
      const until = await db.transaction(async (tx) => {
        const failures = await countLoginFailure(tx, nameHash, now, new Date(now.getTime() + windowMs));
        if (failures < config.lockoutThreshold) return null;
        const lockedUntil = new Date(now.getTime() + config.lockoutMinutes * 60_000);
        await lockLoginName(tx, nameHash, lockedUntil);
        if (userId) {
          await lockUser(tx, userId, lockedUntil);
          await deleteSessionsOfUser(tx, userId);
        }
        await audit.record(tx, null, {
          action: 'auth.locked',
          // A name without an account is named by its keyed hash only: the log keeps no guesses.
          entityType: userId ? 'user' : 'login-name',
          entityId: userId ?? nameHash,
          data: { until: lockedUntil.toISOString(), failures },
        });
        return lockedUntil;
      });
      if (until) {
        throw new AppError(
          'locked',
          'ACCOUNT_LOCKED',
          `连续${config.lockoutThreshold}次登录失败，账户已锁定${config.lockoutMinutes}分钟，请于 ${formatShanghaiTime(until)} 后重试`,
        );
      }
    },

    /** Forgets a name's failures and lock, in the caller's transaction (login, unlock, new password). */
    clear: (tx: Db, username: string) => clearLoginFailures(tx, keyOf(username)),

    /** Deletes the counters that no longer matter (run now and then by the background jobs). */
    forgetExpired: (db: Db) => forgetLoginFailures(db, clock.now()),
  };
}

export type LoginLockout = ReturnType<typeof createLoginLockout>;
