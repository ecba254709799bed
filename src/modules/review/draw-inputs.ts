import type { Db } from '../../db/client';
import type { CommitteeRecord } from '../../db/schema';
import type { Level } from '../../domain/catalogue';
import type { PoolExpert, RelationKind } from '../../domain/review/pool-snapshot';
import type { DrawApplicant } from '../../domain/review/recusal';
import { attachmentsByIds } from '../attachments';
import { findProfiles } from '../profile';
import { agendaOf, poolOf, relationsOf } from './review.repository';

/** The specialty group (专业组) of a specialty in a committee: its registered grouping, or the specialty itself. */
export function groupOfSpecialty(
  committee: Pick<CommitteeRecord, 'specialtyGroups'>,
  specialty: string,
): string {
  return committee.specialtyGroups.find((g) => g.specialties.includes(specialty))?.name ?? specialty;
}

/**
 * The pool as the draw sees it: the committee's members for the year whose term covers the
 * session date, with their units (now and before) and declared relations.
 */
export async function loadPool(
  db: Db,
  committeeId: string,
  year: number,
  asOf: string,
): Promise<PoolExpert[]> {
  const rows = await poolOf(db, committeeId, year, asOf);
  const relations = await relationsOf(
    db,
    rows.map((r) => r.expert.id),
  );
  const byExpert = new Map<string, PoolExpert['relations'][number][]>();
  for (const r of relations) {
    const list = byExpert.get(r.expertId) ?? [];
    list.push({ personId: r.personId, kind: r.kind as RelationKind });
    byExpert.set(r.expertId, list);
  }
  return rows.map(({ member, expert }) => ({
    id: expert.id,
    name: expert.name,
    group: member.group,
    level: expert.level as Level,
    unitId: expert.unitOrganisationId,
    unitHistory: expert.unitHistory.map((u) => ({ unitId: u.unitId, from: u.from, to: u.to })),
    regionCode: expert.regionCode,
    privateSector: expert.privateSector,
    relations: byExpert.get(expert.id) ?? [],
  }));
}

/**
 * Each agenda applicant's recusal inputs: the units they belong to (employer and dispatch
 * agency) and the text of their materials — the profile and the file names — where an
 * expert's name may appear (a co-author, a referee).
 */
export async function loadDrawApplicants(
  db: Db,
  _committee: Pick<CommitteeRecord, 'specialtyGroups'>,
  sessionId: string,
): Promise<DrawApplicant[]> {
  const agenda = await agendaOf(db, sessionId);
  const personIds = agenda.map((a) => a.application.personId);
  const attachmentIds = agenda.flatMap((a) => a.application.attachmentIds);
  const [profiles, files] = await Promise.all([
    findProfiles(db, personIds),
    attachmentsByIds(db, attachmentIds),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.personId, p.data]));
  const fileName = new Map(files.map((f) => [f.id, f.fileName]));
  return agenda.map(({ item, application }) => ({
    applicationId: application.id,
    personId: application.personId,
    group: item.group,
    units: [application.employerId, application.dispatchAgencyId]
      .filter((u): u is string => u !== null)
      .map((unitId) => ({ unitId, from: '1900-01-01', to: null })),
    materialsText: [
      JSON.stringify(profileOf.get(application.personId) ?? {}),
      ...application.attachmentIds.map((id) => fileName.get(id) ?? ''),
    ].join('\n'),
  }));
}
