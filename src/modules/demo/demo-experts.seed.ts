import type { Db } from '../../db/client';
import { findOrganisation } from '../organisations';
import { findUserByUsername } from '../users';
import { insertExperts, insertPoolMembers } from './demo.repository';
import type { DemoDataset } from './demo-dataset';

/** The demo's pool years: the current review year and the next, so sessions can be tried in either. */
const POOL_YEARS = [2026, 2027];

/** Inserts the demo experts, their committees' pools, and links the `expert` account to its record. */
export async function seedDemoExperts(
  tx: Db,
  data: DemoDataset,
  refs: { committeeId: Map<string, string>; expertUnitId: string | null },
) {
  const expertUser = await findUserByUsername(tx, 'expert');
  const expertUnit = refs.expertUnitId ? await findOrganisation(tx, refs.expertUnitId) : undefined;
  const rows = await insertExperts(
    tx,
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
  );
  const members = data.experts.flatMap((e, i) =>
    POOL_YEARS.map((year) => ({
      committeeId: refs.committeeId.get(e.committeeName)!,
      expertId: rows[i]!.id,
      year,
      group: e.group,
      addedOn: `${year - 1}-12-01`,
    })),
  );
  await insertPoolMembers(tx, members);
}
