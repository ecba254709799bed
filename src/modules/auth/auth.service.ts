import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { permissionsOf } from '../../domain/access/permissions';
import { isRole } from '../../domain/access/roles';
import { AppError } from '../../domain/errors';
import { createBatcher } from '../../platform/batcher';
import type { Clock } from '../../platform/clock';
import type { AppConfig } from '../../platform/config';
import { randomToken, sm3Hex } from '../../platform/crypto';
import { UNMATCHABLE_HASH, verifyPassword } from '../../platform/password';
import type { AuditLog } from '../audit/audit.service';
import * as repo from './auth.repository';

export interface AuthDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  config: Pick<AppConfig, 'sessionIdleMinutes' | 'lockoutThreshold' | 'lockoutMinutes'>;
}

export interface LoginResult {
  /** Goes into the httpOnly cookie; never stored. */
  token: string;
  csrfToken: string;
  actor: Actor;
}

type SessionRow = Awaited<ReturnType<typeof repo.findSessionsWithUsers>>[number];

export type ResolvedSession = { actor: Actor; tokenHash: string; csrfToken: string };

/** Re-touching a session on every request would write on every read; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

function formatShanghaiTime(at: Date): string {
  return at.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

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
  const { db, clock, audit, config } = deps;
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

  /** Counts a failure and locks the account when the threshold is reached. */
  async function recordFailure(userId: string, now: Date): Promise<void> {
    const locked = await db.transaction(async (tx) => {
      const count = await repo.incrementFailedLogins(tx, userId);
      if (count < config.lockoutThreshold) return null;
      const until = new Date(now.getTime() + config.lockoutMinutes * 60_000);
      await repo.lockUser(tx, userId, until);
      await repo.deleteSessionsOfUser(tx, userId);
      await audit.record(tx, null, {
        action: 'auth.locked',
        entityType: 'user',
        entityId: userId,
        data: { until: until.toISOString(), failures: count },
      });
      return until;
    });
    if (locked) {
      throw new AppError(
        'locked',
        'ACCOUNT_LOCKED',
        `连续${config.lockoutThreshold}次登录失败，账户已锁定${config.lockoutMinutes}分钟，请于 ${formatShanghaiTime(locked)} 后重试`,
      );
    }
  }

  return {
    /**
     * Checks the password and opens a session. After `lockoutThreshold` consecutive
     * failures the account is locked for `lockoutMinutes`; while locked even the right
     * password is refused, so guessing cannot continue.
     */
    async login(input: { username: string; password: string }): Promise<LoginResult> {
      const now = clock.now();
      const user = await repo.findUserByUsername(db, input.username);
      if (user?.lockedUntil && user.lockedUntil > now) {
        throw new AppError(
          'locked',
          'ACCOUNT_LOCKED',
          `连续登录失败次数过多，账户已锁定，请于 ${formatShanghaiTime(user.lockedUntil)} 后重试`,
        );
      }
      // Spend the same time whether or not the user exists, so timing does not tell.
      const ok = await verifyPassword(input.password, user?.passwordHash ?? UNMATCHABLE_HASH);
      if (!user || !ok) {
        if (user) await recordFailure(user.id, now);
        throw new AppError('unauthenticated', 'INVALID_CREDENTIALS', '用户名或密码错误');
      }
      if (user.status !== 'active') {
        throw new AppError('forbidden', 'ACCOUNT_DISABLED', '账户已停用，请联系系统管理员');
      }
      const token = randomToken();
      const csrfToken = randomToken();
      await db.transaction(async (tx) => {
        await repo.recordSuccessfulLogin(tx, user.id, now);
        await repo.insertSession(tx, {
          tokenHash: sm3Hex(token),
          userId: user.id,
          csrfToken,
          createdAt: now,
          lastSeenAt: now,
        });
        await audit.record(tx, user.id, { action: 'auth.login', entityType: 'user', entityId: user.id });
      });
      return { token, csrfToken, actor: actorFromUser(user) };
    },

    /**
     * The actor behind a session token, or why there is none. A session idle for longer
     * than the configured timeout is deleted, so it cannot be revived.
     */
    async resolveSession(token: string): Promise<ResolvedSession | 'expired' | null> {
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
      if (idleFor > TOUCH_INTERVAL_MS) await repo.touchSession(db, tokenHash, now);
      return { actor: actorFromUser(row.user), tokenHash, csrfToken: row.session.csrfToken };
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
