import type { Level } from '../catalogue';
import { AppError } from '../errors';

/** What an expert declared about a person (DOMAIN §6: declared relatives, supervisors, co-authors, other conflicts). */
export type RelationKind = 'relative' | 'supervisor' | 'student' | 'co-author' | 'declared-conflict';

/** Chinese names of the relation kinds, for recusal reasons and forms. */
export const RELATION_NAMES: Record<RelationKind, string> = {
  relative: '亲属',
  supervisor: '导师',
  student: '学生',
  'co-author': '合作者',
  'declared-conflict': '本人申明的其他利害关系',
};

/** One period at an employer; `to` null = still there. Dates are 'YYYY-MM-DD', both ends inclusive. */
export interface UnitPeriod {
  unitId: string;
  from: string;
  to: string | null;
}

/** One expert of a committee's pool (专家库) as the draw sees it. */
export interface PoolExpert {
  id: string;
  name: string;
  /** Specialty group (专业组) the expert is drawn for. */
  group: string;
  level: Level;
  /** Current employer; null for an expert without one (e.g. retired). */
  unitId: string | null;
  unitHistory: readonly UnitPeriod[];
  regionCode: string;
  privateSector: boolean;
  relations: readonly { personId: string; kind: RelationKind; note?: string }[];
}

/** First line of every snapshot; changes only when the line format does. */
export const POOL_SNAPSHOT_VERSION = 'zhiping-pool-v1';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function comparePeriods(a: UnitPeriod, b: UnitPeriod): number {
  return (
    byCodeUnits(a.from, b.from) ||
    // An open period sorts after every closed one that starts the same day.
    (a.to === b.to ? 0 : a.to === null ? 1 : b.to === null ? -1 : byCodeUnits(a.to, b.to)) ||
    byCodeUnits(a.unitId, b.unitId)
  );
}

/** One expert as a JSON array: fixed field order, lists in a fixed order, so equal experts give equal lines. */
function canonicalLine(e: PoolExpert): string {
  const units = [...e.unitHistory].sort(comparePeriods).map((p) => [p.unitId, p.from, p.to]);
  const relations = e.relations
    .map((r) => [r.personId, r.kind, r.note ?? null] as const)
    .sort(
      (a, b) => byCodeUnits(a[0], b[0]) || byCodeUnits(a[1], b[1]) || byCodeUnits(a[2] ?? '', b[2] ?? ''),
    );
  return JSON.stringify([
    e.id,
    e.name,
    e.group,
    e.level,
    e.unitId,
    e.regionCode,
    e.privateSector,
    units,
    relations,
  ]);
}

/**
 * The pool as canonical text, whose hash the committee office publishes before the seed:
 * with the seed it lets any auditor replay the draw and check that the pool was not edited
 * afterwards.
 *
 * Format: the line `zhiping-pool-v1`, then one line per expert sorted by id (UTF-16
 * code-unit order, not locale order, so every platform sorts alike), each the JSON array
 * `[id, name, group, level, unitId, regionCode, privateSector, [[unitId, from, to]…],
 * [[personId, kind, note|null]…]]` with unit periods sorted by start, end (open last), unit,
 * and relations by person, kind, note; lines joined by '\n' without a trailing newline.
 * Every field the draw reads is there (names for the materials check, units and relations
 * for recusal), and the rest of the record too, so the snapshot is the pool as it stood.
 */
export function canonicalPoolSnapshot(pool: readonly PoolExpert[]): string {
  const sorted = [...pool].sort((a, b) => byCodeUnits(a.id, b.id));
  const lines = [POOL_SNAPSHOT_VERSION];
  for (let i = 0; i < sorted.length; i++) {
    const expert = sorted[i]!;
    if (i > 0 && sorted[i - 1]!.id === expert.id) {
      throw new AppError('invalid', 'POOL_DUPLICATE_EXPERT', `专家库中专家编号重复：${expert.id}`);
    }
    lines.push(canonicalLine(expert));
  }
  return lines.join('\n');
}
