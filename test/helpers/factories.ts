import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/client';
import { organisations, users } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { creditCodeCheckChar, orgCodeCheckChar } from '../../src/domain/identifiers';
import { hashPassword } from '../../src/platform/password';

export const TEST_PASSWORD = 'Test1234pass';

/** Hashing is slow by design; tests share one hash of the test password. */
let testPasswordHash: Promise<string> | null = null;
function passwordHash(): Promise<string> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

let sequence = 0;

/** A valid 统一社会信用代码 for an enterprise in the given region, unique per call. */
export function makeCreditCode(regionCode = '210300', authority = '91'): string {
  sequence += 1;
  const body = `MA${String(100000 + sequence).slice(-6)}`;
  const orgCode = `${body}${orgCodeCheckChar(body)}`;
  const first17 = `${authority}${regionCode}${orgCode}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

export async function createOrganisation(
  db: Db,
  values: Partial<typeof organisations.$inferInsert> = {},
): Promise<typeof organisations.$inferSelect> {
  sequence += 1;
  const [row] = await db
    .insert(organisations)
    .values({
      name: `测试单位${sequence}`,
      kind: 'employer',
      creditCode: makeCreditCode(values.jurisdictionCode ?? '210300'),
      employerKind: 'public-institution',
      jurisdictionCode: '210300',
      ...values,
    })
    .returning();
  return row!;
}

export async function createUser(
  db: Db,
  values: Partial<typeof users.$inferInsert> & { roles: Role[] },
): Promise<typeof users.$inferSelect> {
  sequence += 1;
  const [row] = await db
    .insert(users)
    .values({
      username: `user${sequence}`,
      displayName: `测试用户${sequence}`,
      passwordHash: await passwordHash(),
      jurisdictionCode: '210300',
      ...values,
    })
    .returning();
  return row!;
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Logs in through the API and returns what a browser would keep. */
export async function login(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'zhiping_session');
  return { cookie: `zhiping_session=${cookie!.value}`, csrfToken: response.json().csrfToken };
}

/** Headers of an authenticated state-changing request. */
export function authed(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}
