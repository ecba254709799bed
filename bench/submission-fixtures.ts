import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { applicantProfiles, organisations, persons, sessions, users } from '../src/db/schema';
import { idNumberCheckChar, maskIdNumber } from '../src/domain/identifiers';
import { createFieldCipher, sm3Hex } from '../src/platform/crypto';
import { hashPassword } from '../src/platform/password';
import { engineerProfile } from '../test/helpers/application-world';
import { makeCreditCode } from '../test/helpers/factories';

export interface BenchApplicant {
  personId: string;
  cookie: string;
  csrfToken: string;
}

/** A valid 18-digit ID number for person `i` (distinct birth dates × serials). */
function idNumber(i: number): { idNumber: string; birthDate: string } {
  const day = new Date(Date.UTC(1980, 0, 1) + Math.floor(i / 900) * 86_400_000);
  const birthDate = day.toISOString().slice(0, 10);
  const first17 = `210302${birthDate.replaceAll('-', '')}${String(100 + (i % 900)).padStart(3, '0')}`;
  return { idNumber: `${first17}${idNumberCheckChar(first17)}`, birthDate };
}

/**
 * `count` professionals of one Anshan employer, each with an account, a saved profile and a
 * live session — written in bulk, so the benchmark measures submitting, not logging in.
 */
export async function benchApplicants(
  db: Db,
  secretKeyHex: string,
  count: number,
): Promise<BenchApplicant[]> {
  const cipher = createFieldCipher(Buffer.from(secretKeyHex, 'hex'));
  const [employer] = await db
    .insert(organisations)
    .values({
      name: '鞍山恒信通信工程有限公司',
      kind: 'employer',
      creditCode: makeCreditCode('210302'),
      employerKind: 'private-enterprise',
      jurisdictionCode: '210302',
    })
    .returning();
  const passwordHash = await hashPassword(crypto.randomBytes(12).toString('hex'));
  const out: BenchApplicant[] = [];
  for (let start = 0; start < count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - start) }, (_, k) => start + k);
    const people = await db
      .insert(persons)
      .values(
        batch.map((i) => {
          const { idNumber: id, birthDate } = idNumber(i);
          return {
            name: `申报人${i}`,
            gender: 'male',
            birthDate,
            idNumberCipher: cipher.encrypt(id),
            idNumberHash: cipher.lookupHash(id),
            idNumberMasked: maskIdNumber(id),
            organisationId: employer!.id,
            jurisdictionCode: '210302',
          };
        }),
      )
      .returning({ id: persons.id, birthDate: persons.birthDate });
    await db
      .insert(applicantProfiles)
      .values(people.map((p) => ({ personId: p.id, data: engineerProfile(p.birthDate), updatedBy: p.id })));
    const accounts = await db
      .insert(users)
      .values(
        people.map((p, k) => ({
          username: `bench${batch[k]}`,
          displayName: `申报人${batch[k]}`,
          passwordHash,
          roles: ['applicant'],
          organisationId: employer!.id,
          personId: p.id,
          jurisdictionCode: '210302',
        })),
      )
      .returning({ id: users.id, personId: users.personId });
    const tokens = accounts.map(() => ({
      token: crypto.randomBytes(32).toString('base64url'),
      csrf: crypto.randomBytes(16).toString('hex'),
    }));
    await db.insert(sessions).values(
      accounts.map((a, k) => ({
        tokenHash: sm3Hex(tokens[k]!.token),
        userId: a.id,
        csrfToken: tokens[k]!.csrf,
        lastSeenAt: sql`now()` as never,
      })),
    );
    for (const [k, a] of accounts.entries())
      out.push({
        personId: a.personId!,
        cookie: `zhiping_session=${tokens[k]!.token}`,
        csrfToken: tokens[k]!.csrf,
      });
  }
  return out;
}
