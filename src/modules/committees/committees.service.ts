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

const STATUS_NAMES: Record<string, string> = { active: '正常', suspended: '暂停评审', revoked: '撤销评审权' };
const KIND_NAMES: Record<string, string> = {
  government: '政府部门组建',
  industry: '行业组建',
  'self-review': '自主评审',
  social: '社会组织组建',
};

/**
 * The committee registry (目录清单) as staff read it — public information in practice. Its
 * management (approval, validity, suspension) is the registry service's.
 */
export function createCommitteesService(deps: { db: Db }) {
  return {
    async list() {
      return (await listCommittees(deps.db)).map((c) => ({
        id: c.id,
        name: c.name,
        officeOrganisationId: c.officeOrganisationId,
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
        statusName: STATUS_NAMES[c.status] ?? c.status,
        statusReason: c.statusReason,
        approvedOn: c.approvedOn,
        validUntil: c.validUntil,
        organiser: c.organiser,
        kind: c.kind,
        kindName: KIND_NAMES[c.kind] ?? c.kind,
        organisedBy: c.organisedBy,
        approvalNumber: c.approvalNumber,
        specialtyGroups: c.specialtyGroups,
      }));
    },
  };
}

export type CommitteesService = ReturnType<typeof createCommitteesService>;
