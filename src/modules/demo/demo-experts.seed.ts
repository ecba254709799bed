import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { expertPoolMembers, experts, organisations, users } from '../../db/schema';
import type { DemoDataset } from './demo-dataset';

/** The demo's pool years: the current review year and the next, so sessions can be tried in either. */
const POOL_YEARS = [2026, 2027];

/** Inserts the demo experts, their committees' pools, and links the `expert` account to its record. */
export async function seedDemoExperts(
  tx: Db,
  data: DemoDataset,
  refs: { committeeId: Map<string, string>; expertUnitId: string | null },
) {
  const [expertUser] = await tx.select().from(users).where(eq(users.username, 'expert'));
  const [expertUnit] = refs.expertUnitId
    ? await tx.select().from(organisations).where(eq(organisations.id, refs.expertUnitId))
    : [];
  const rows = await tx
    .insert(experts)
    .values(
      data.experts.map((e) => ({
        name: e.name,
        userId: e.featured ? (expertUser?.id ?? null) : null,
        series: e.series,
        level: e.level,
        specialty: e.specialty,
        unitOrganisationId: e.featured ? (expertUnit?.id ?? null) : null,
        unitName: e.featured && expertUnit ? expertUnit.name : e.unitName,
        regionCode: e.regionCode,
        privateSector: e.privateSector,
        termFrom: '2025-01-01',
        termTo: '2027-12-31',
      })),
    )
    .returning({ id: experts.id });
  const members = data.experts.flatMap((e, i) =>
    POOL_YEARS.map((year) => ({
      committeeId: refs.committeeId.get(e.committeeName)!,
      expertId: rows[i]!.id,
      year,
      group: e.group,
      addedOn: `${year - 1}-12-01`,
    })),
  );
  for (let i = 0; i < members.length; i += 500)
    await tx.insert(expertPoolMembers).values(members.slice(i, i + 500));
}
