import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/client';
import { organisations, persons, personTitles, users } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import {
  creditCodeCheckChar,
  idNumberCheckChar,
  maskIdNumber,
  orgCodeCheckChar,
} from '../../src/domain/identifiers';
import type { FieldCipher } from '../../src/platform/crypto';
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

/** A new user with `values`, logged in with the test password: the session a test acts as. */
export async function signIn(
  t: { app: FastifyInstance; database: { db: Db } },
  values: Partial<typeof users.$inferInsert> & { roles: Role[] },
): Promise<Session> {
  return login(t.app, (await createUser(t.database.db, values)).username);
}

/**
 * The province's system administrator `root`, at the provincial HR bureau, logged in: whom the
 * tests of the administrator's pages (users, exports) act as.
 */
export async function provincialAdmin(t: { app: FastifyInstance; database: { db: Db } }): Promise<Session> {
  const bureau = await createOrganisation(t.database.db, {
    kind: 'hr-bureau',
    employerKind: 'government',
    jurisdictionCode: '210000',
  });
  await createUser(t.database.db, {
    username: 'root',
    roles: ['admin'],
    organisationId: bureau.id,
    jurisdictionCode: '210000',
  });
  return login(t.app, 'root');
}

/** Headers of an authenticated state-changing request. */
export function authed(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

/** A valid 身份证号码 for a birth date, unique per call (region 鞍山市铁东区). */
export function makeIdNumber(birthDate: string, male = true): string {
  sequence += 1;
  const serial = String((sequence * 2 + (male ? 1 : 0)) % 1000).padStart(3, '0');
  const first17 = `210302${birthDate.replaceAll('-', '')}${serial}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

/** A professional with an encrypted ID number (returned in clear for the test) and, optionally, titles on record. */
export async function createPerson(
  db: Db,
  cipher: FieldCipher,
  values: {
    name?: string;
    birthDate?: string;
    organisationId?: string | null;
    titles?: { series: string; level: string; specialty: string; obtainedOn: string }[];
  } = {},
) {
  const birthDate = values.birthDate ?? '1985-03-15';
  const idNumber = makeIdNumber(birthDate);
  const [person] = await db
    .insert(persons)
    .values({
      name: values.name ?? '测试人员',
      gender: 'male',
      birthDate,
      idNumberCipher: cipher.encrypt(idNumber),
      idNumberHash: cipher.lookupHash(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      organisationId: values.organisationId ?? null,
      jurisdictionCode: '210302',
    })
    .returning();
  for (const t of values.titles ?? [])
    await db.insert(personTitles).values({ ...t, personId: person!.id, via: 'review' });
  return { ...person!, idNumber };
}
