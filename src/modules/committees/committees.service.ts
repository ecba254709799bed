import type { Db } from '../../db/client';
import { findSeries, levelName } from '../../domain/catalogue';
import { regionFullName } from '../../domain/regions';
import { listCommittees } from './committees.repository';

const TIERS: Record<string, string> = {
  provincial: '省级',
  city: '市级',
  county: '县级',
  'self-review': '自主评审',
};

/**
 * The committee registry (目录清单) as staff read it — public information in practice. Its
 * management (approval, validity, suspension) belongs to the review issue.
 */
export function createCommitteesService(deps: { db: Db }) {
  return {
    async list() {
      return (await listCommittees(deps.db)).map((c) => ({
        id: c.id,
        name: c.name,
        tier: c.tier,
        tierName: TIERS[c.tier] ?? c.tier,
        series: c.series,
        seriesName: findSeries(c.series)?.name ?? c.series,
        levels: c.levels,
        levelNames: c.levels.map((l) => levelName(l as never)),
        specialties: c.specialties,
        regionCode: c.regionCode,
        regionName: regionFullName(c.regionCode) ?? c.regionCode,
        status: c.status,
        approvedOn: c.approvedOn,
        validUntil: c.validUntil,
      }));
    },
  };
}

export type CommitteesService = ReturnType<typeof createCommitteesService>;
