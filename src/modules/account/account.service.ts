import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { AppError, notFound } from '../../domain/errors';
import { maskMobilePhone } from '../../domain/identifiers';
import { hashPassword, verifyPassword } from '../../platform/password';
import type { AuditEntry, StateChangeDeps } from '../audit';
import type { LoginLockout } from '../auth';
import * as repo from './account.repository';
import type { PhoneCodes } from './phone-codes.service';

/** How a session is named in the list: a prefix of its token's hash, which opens nothing. */
const SESSION_ID_LENGTH = 16;

/** An audit entry of self-service: each is about one user's own account. */
function accountEvent(action: string, userId: string, data?: Record<string, unknown>): AuditEntry {
  return { action, entityType: 'user', entityId: userId, ...(data && { data }) };
}

/**
 * Self-service on one's own account (账号安全): change the password, recover it by the
 * verified phone, see the sessions that are open and end them. Nobody needs an
 * administrator to set a password.
 */
export function createAccountService(
  deps: StateChangeDeps & {
    codes: PhoneCodes;
    lockout: Pick<LoginLockout, 'clear'>;
  },
) {
  const { db, clock, audit, codes, lockout } = deps;

  /**
   * Sets the new password and ends the sessions it makes stale: every one but `keep` (the session
   * that changed it, if any). Returns how many ended.
   */
  async function replacePassword(tx: Db, accountId: string, passwordHash: string, keep: string | null) {
    await repo.setPassword(tx, accountId, passwordHash, clock.now());
    return repo.endSessionsOfUser(tx, accountId, keep);
  }

  return {
    /**
     * Changes the password (the current one required) and ends every other session, so a
     * stolen password's sessions die with it.
     */
    async changePassword(actor: Actor, currentTokenHash: string, input: { current: string; next: string }) {
      const account = await repo.findAccount(db, actor.userId);
      if (!account) throw notFound('账号', 'USER_NOT_FOUND');
      if (!(await verifyPassword(input.current, account.passwordHash)))
        throw new AppError('invalid', 'CURRENT_PASSWORD_WRONG', '当前密码不正确', [
          { path: 'current', message: '当前密码不正确' },
        ]);
      if (input.next === input.current)
        throw new AppError('invalid', 'PASSWORD_UNCHANGED', '新密码不能与当前密码相同', [
          { path: 'next', message: '新密码不能与当前密码相同' },
        ]);
      const passwordHash = await hashPassword(input.next);
      return db.transaction(async (tx) => {
        const ended = await replacePassword(tx, account.id, passwordHash, currentTokenHash);
        await audit.record(
          tx,
          actor.userId,
          accountEvent('account.password-changed', account.id, { otherSessionsEnded: ended }),
        );
        return { otherSessionsEnded: ended };
      });
    },

    /** Sends a recovery code; the answer is the same whether or not the number has an account. */
    async sendRecoveryCode(phone: string) {
      const account = await repo.accountByPhoneHash(db, codes.phoneHashOf(phone));
      return codes.send(phone, 'reset-password', { deliver: account !== undefined });
    },

    /**
     * 找回密码: the verified phone's code sets a new password, ends every session and lifts a
     * lock; the person is told their login name, which the phone has just proved is theirs.
     */
    async recoverPassword(input: { phone: string; code: string; next: string }) {
      const ticket = await codes.check(input.phone, 'reset-password', input.code);
      const account = await repo.accountByPhoneHash(db, codes.phoneHashOf(input.phone));
      // A code for a number with no account was never sent, so it cannot be right; be safe anyway.
      if (!account) throw new AppError('invalid', 'CODE_EXPIRED', '验证码已过期或未获取，请重新获取验证码');
      const passwordHash = await hashPassword(input.next);
      return db.transaction(async (tx) => {
        await codes.spend(tx, ticket);
        await lockout.clear(tx, account.username);
        const ended = await replacePassword(tx, account.id, passwordHash, null);
        await audit.record(
          tx,
          account.id,
          accountEvent('account.password-recovered', account.id, { sessionsEnded: ended }),
        );
        return { username: account.username, phone: maskMobilePhone(input.phone) };
      });
    },

    async sessions(actor: Actor, currentTokenHash: string) {
      const rows = await repo.liveSessionsOfUser(db, actor.userId);
      return rows.map((s) => ({
        id: s.tokenHash.slice(0, SESSION_ID_LENGTH),
        deviceClass: s.deviceClass as 'mobile' | 'desktop',
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        current: s.tokenHash === currentTokenHash,
      }));
    },

    /** Ends one of one's own sessions (not the current one: that is logout). */
    async endSession(actor: Actor, currentTokenHash: string, id: string) {
      if (currentTokenHash.startsWith(id))
        throw new AppError('invalid', 'CURRENT_SESSION', '当前会话请使用“退出登录”结束');
      return db.transaction(async (tx) => {
        const ended = await repo.endSessionByPrefix(tx, actor.userId, id);
        if (ended === 0) throw notFound('会话', 'SESSION_NOT_FOUND');
        await audit.record(tx, actor.userId, accountEvent('account.session-ended', actor.userId));
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
