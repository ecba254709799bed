import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { deviceClassOf } from '../../domain/access/device-class';
import { permissionsOf } from '../../domain/access/permissions';
import { isRole } from '../../domain/access/roles';
import { AppError } from '../../domain/errors';
import { unitLoginRefusal } from '../../domain/organisations/unit-registration';
import { createBatcher } from '../../platform/batcher';
import type { Clock } from '../../platform/clock';
import type { AppConfig } from '../../platform/config';
import { randomToken, sm3Hex } from '../../platform/crypto';
import { UNMATCHABLE_HASH, verifyPassword } from '../../platform/password';
import type { AuditLog } from '../audit';
import { findOrganisation } from '../organisations';
import * as repo from './auth.repository';
import type { LoginLockout } from './login-lockout';

export interface AuthDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  lockout: LoginLockout;
  config: Pick<AppConfig, 'sessionIdleMinutes' | 'sessionsPerDeviceClass'>;
}

export interface LoginResult {
  /** Goes into the httpOnly cookie; never stored. */
  token: string;
  csrfToken: string;
  actor: Actor;
}

type SessionRow = Awaited<ReturnType<typeof repo.findSessionsWithUsers>>[number];

export type ResolvedSession = {
  actor: Actor;
  tokenHash: string;
  csrfToken: string;
  /** Someone else chose the password: until the user changes it, only that change is open. */
  mustChangePassword: boolean;
};

/** Why a session cookie no longer opens a session; null for a cookie never known (or deleted). */
export type EndedSession = 'expired' | 'replaced' | null;

/** Re-touching a session on every request would write on every read; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

export function actorFromUser(user: {
  id: string;
  roles: string[];
  organisationId: string | null;
  jurisdictionCode: string;
}): Actor {
  const roles = user.roles.filter(isRole);
  return {
    userId: user.id,
    roles,
    permissions: permissionsOf(roles),
    organisationId: user.organisationId,
    jurisdictionCode: user.jurisdictionCode,
  };
}

export function createAuthService(deps: AuthDeps) {
  const { db, clock, audit, lockout, config } = deps;
  const idleMs = config.sessionIdleMinutes * 60_000;
  /** Session lookups of requests arriving together, answered by one query. */
  const findSession = createBatcher<string, SessionRow | undefined>({
    maxInFlight: 4,
    async run(tokenHashes) {
      const rows = await repo.findSessionsWithUsers(db, tokenHashes);
      const byHash = new Map(rows.map((row) => [row.session.tokenHash, row]));
      return tokenHashes.map((hash) => ({ ok: true, value: byHash.get(hash) }));
    },
  });

  return {
    /**
     * Checks the password and opens a session. After `lockoutThreshold` consecutive
     * failures on a name the name is locked for `lockoutMinutes`, whether or not an account
     * has it (see login-lockout.ts); while locked even the right password is refused, so
     * guessing cannot continue. The user's oldest sessions on the same class of device
     * beyond `sessionsPerDeviceClass` are replaced by this one.
     */
    async login(
      input: { username: string; password: string },
      client: { userAgent?: string } = {},
    ): Promise<LoginResult> {
      const now = clock.now();
      const nameHash = lockout.keyOf(input.username);
      // Both read whether or not the account exists, so the round trips do not tell either.
      const [user, counter] = await Promise.all([
        repo.findUserByUsername(db, input.username),
        lockout.stateOf(db, nameHash),
      ]);
      lockout.refuseIfLocked(counter, user, now);
      // Spend the same time whether or not the user exists, so timing does not tell.
      const ok = await verifyPassword(input.password, user?.passwordHash ?? UNMATCHABLE_HASH);
      if (!user || !ok) {
        await lockout.recordFailure(db, nameHash, user?.id ?? null);
        throw new AppError('unauthenticated', 'INVALID_CREDENTIALS', '用户名或密码错误');
      }
      if (user.status === 'pending') {
        // A registered unit's account waits for the HR bureau: say where the review stands.
        const refusal = unitLoginRefusal(
          user.organisationId ? await findOrganisation(db, user.organisationId) : undefined,
        );
        throw new AppError('forbidden', refusal.code, refusal.message);
      }
      if (user.status !== 'active') {
        throw new AppError('forbidden', 'ACCOUNT_DISABLED', '账户已停用，请联系系统管理员');
      }
      const token = randomToken();
      const csrfToken = randomToken();
      const tokenHash = sm3Hex(token);
      const deviceClass = deviceClassOf(client.userAgent);
      await db.transaction(async (tx) => {
        await repo.recordSuccessfulLogin(tx, user.id, now);
        await lockout.clear(tx, user.username);
        await repo.insertSession(tx, {
          tokenHash,
          userId: user.id,
          csrfToken,
          createdAt: now,
          lastSeenAt: now,
          deviceClass,
        });
        await audit.record(tx, user.id, { action: 'auth.login', entityType: 'user', entityId: user.id });
        const others = (await repo.liveSessionsOf(tx, user.id, deviceClass)).filter(
          (s) => s.tokenHash !== tokenHash,
        );
        const replaced = others.slice(config.sessionsPerDeviceClass - 1).map((s) => s.tokenHash);
        if (replaced.length > 0) {
          await repo.markSessionsReplaced(tx, replaced, now);
          await audit.record(tx, user.id, {
            action: 'auth.sessions-replaced',
            entityType: 'user',
            entityId: user.id,
            data: { deviceClass, sessions: replaced.length, limit: config.sessionsPerDeviceClass },
          });
        }
      });
      return { token, csrfToken, actor: actorFromUser(user) };
    },

    /**
     * The actor behind a session token, or why there is none. A session idle for longer
     * than the configured timeout is deleted, so it cannot be revived.
     */
    async resolveSession(token: string): Promise<ResolvedSession | EndedSession> {
      const tokenHash = sm3Hex(token);
      const row = await findSession(tokenHash);
      if (!row) return null;
      const now = clock.now();
      const idleFor = now.getTime() - row.session.lastSeenAt.getTime();
      if (
        idleFor > idleMs ||
        row.user.status !== 'active' ||
        (row.user.lockedUntil && row.user.lockedUntil > now)
      ) {
        await repo.deleteSession(db, tokenHash);
        return 'expired';
      }
      // Kept, not deleted, so that every request still carrying the cookie hears why.
      if (row.session.replacedAt) return 'replaced';
      if (idleFor > TOUCH_INTERVAL_MS) await repo.touchSession(db, tokenHash, now);
      return {
        actor: actorFromUser(row.user),
        tokenHash,
        csrfToken: row.session.csrfToken,
        mustChangePassword: row.user.mustChangePassword,
      };
    },

    /**
     * Forgets what no longer matters: login-name counters past their time, and replaced
     * sessions idle for longer than any session may be (they would answer "expired" by now).
     */
    async forgetExpired(): Promise<{ loginNames: number; replacedSessions: number }> {
      const loginNames = await lockout.forgetExpired(db);
      const idleSince = new Date(clock.now().getTime() - idleMs);
      return { loginNames, replacedSessions: await repo.deleteStaleReplacedSessions(db, idleSince) };
    },

    async logout(tokenHash: string, actor: Actor): Promise<void> {
      await db.transaction(async (tx) => {
        await repo.deleteSession(tx, tokenHash);
        await audit.record(tx, actor.userId, {
          action: 'auth.logout',
          entityType: 'user',
          entityId: actor.userId,
        });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
export type { LoginLockout } from './login-lockout';
