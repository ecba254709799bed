import { and, eq, isNotNull } from 'drizzle-orm';
import { applications, committees, organisations, persons, users } from '../../src/db/schema';
import type { Actor } from '../../src/domain/access/actor';
import type { AppContext } from '../../src/server/bootstrap';

/**
 * A session of the demo's provincial 通信工程 committee, with three of the demo's staff on its
 * agenda, its seed published and its panel drawn through the services, as the server would.
 * The context must hold the demo dataset.
 */
export async function drawDemoSession(context: AppContext, seed = 'demo-2026-ln-telecom'): Promise<string> {
  const db = context.database.db;
  const [committee] = await db
    .select()
    .from(committees)
    .where(eq(committees.name, '辽宁省通信工程专业高级职称评审委员会'));
  const [office] = await db.select().from(users).where(eq(users.username, 'committee-office'));
  const staff = await db
    .select({ person: persons, employer: organisations })
    .from(persons)
    .innerJoin(organisations, eq(organisations.id, persons.organisationId))
    .where(and(isNotNull(persons.organisationId), eq(organisations.kind, 'employer')))
    .limit(3);
  const ids: string[] = [];
  for (const [i, { person, employer }] of staff.entries()) {
    const [row] = await db
      .insert(applications)
      .values({
        number: `2026210000${String(900000 + i)}`,
        personId: person.id,
        year: 2026,
        series: 'engineering',
        level: 'senior',
        specialty: '通信工程',
        pathway: 'regular',
        policySet: 'anshan-2023',
        employerId: employer.id,
        jurisdictionCode: employer.jurisdictionCode,
        committeeId: committee!.id,
        state: 'accepted',
        eligibility: { eligible: true, unmet: [], effects: { passRateCap: 0.5 } },
        eligible: true,
        attachmentIds: [],
        idempotencyKey: `replay-${i}`,
      })
      .returning({ id: applications.id });
    ids.push(row!.id);
  }
  const actor: Actor = {
    userId: office!.id,
    roles: ['committee-office'],
    permissions: [],
    organisationId: office!.organisationId,
    jurisdictionCode: office!.jurisdictionCode,
  };
  const review = context.services.review;
  const { id } = await review.sessions.create(actor, {
    committeeId: committee!.id,
    name: '2026年度通信工程专业高级职称评审会',
    heldOn: '2026-11-20',
    place: '沈阳',
    strata: [{ group: '通信工程', seats: 11, alternates: 3 }],
  });
  await review.sessions.addToAgenda(actor, id, ids);
  await review.draw.publishSeed(actor, id, { seed });
  await review.draw.draw(actor, id);
  return id;
}
