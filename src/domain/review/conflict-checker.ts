import { parseCalendarDate } from '../calendar';
import { AppError } from '../errors';
import { MaterialsIndex } from './materials-index';
import { type PoolExpert, RELATION_NAMES } from './pool-snapshot';
import {
  type DrawApplicant,
  RECUSAL_REASONS,
  type Recusal,
  type RecusalReason,
  recusalDetail,
} from './recusal';
import { shiftYears } from './review-dates';

/** A conflict found while checking one expert: applicant index, RECUSAL_REASONS index, details. */
interface Hit {
  applicant: number;
  reason: number;
  details: string[];
}

interface ApplicantPeriod {
  applicant: number;
  from: string;
  to: string | null;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Checks many experts against the same applicants (the rules are those of `conflictsOf`).
 * The applicants' units, persons and materials are indexed once, so checking an expert
 * costs a few map lookups and allocates nothing unless there is a conflict; a class, so
 * that every checker shares one optimised `check`. Not re-entrant: `check` reuses buffers.
 */
export class ConflictChecker {
  private readonly windowStart: string;
  private readonly currentByUnit = new Map<string, number[]>();
  private readonly periodsByUnit = new Map<string, ApplicantPeriod[]>();
  private readonly byPerson = new Map<string, number[]>();
  private readonly materials: MaterialsIndex;
  private readonly hits: Hit[] = [];

  constructor(
    private readonly applicants: readonly DrawApplicant[],
    private readonly asOf: string,
    private readonly lookBackYears: number,
  ) {
    parseCalendarDate(asOf, 'asOf');
    if (!Number.isInteger(lookBackYears) || lookBackYears < 0) {
      throw new AppError('invalid', 'RECUSAL_LOOKBACK_INVALID', '回避回溯年限必须是非负整数');
    }
    this.windowStart = shiftYears(asOf, -lookBackYears);
    applicants.forEach((applicant, index) => {
      pushTo(this.byPerson, applicant.personId, index);
      for (const p of applicant.units) {
        if (p.from > asOf || (p.to !== null && p.to < this.windowStart)) continue;
        pushTo(this.periodsByUnit, p.unitId, { applicant: index, from: p.from, to: p.to });
        const list = this.currentByUnit.get(p.unitId);
        const current = p.to === null || p.to >= asOf;
        if (current && list?.[list.length - 1] !== index) pushTo(this.currentByUnit, p.unitId, index);
      }
    });
    this.materials = new MaterialsIndex(applicants.map((a) => a.materialsText));
  }

  /** The expert's recusals, by applicant (given order) then reason (RECUSAL_REASONS order); null when none. */
  check(expert: PoolExpert): Recusal[] | null {
    const hits = this.hits;
    if (hits.length > 0) hits.length = 0;
    const currentUnit = expert.unitId;
    const sameUnit = currentUnit === null ? undefined : this.currentByUnit.get(currentUnit);
    if (sameUnit !== undefined) for (const a of sameUnit) this.hit(a, 'same-unit', currentUnit!);

    // The history matters only where an applicant has been; the current unit counts as held
    // since ever when the history does not show it open.
    const periodsByUnit = this.periodsByUnit;
    const currentHasApplicants = currentUnit !== null && periodsByUnit.has(currentUnit);
    let currentInHistory = false;
    for (const p of expert.unitHistory) {
      if (!periodsByUnit.has(p.unitId)) continue;
      if (currentHasApplicants && p.unitId === currentUnit && p.to === null) currentInHistory = true;
      this.checkFormerUnit(p.unitId, p.from, p.to, currentUnit, sameUnit);
    }
    if (currentHasApplicants && !currentInHistory) {
      this.checkFormerUnit(currentUnit!, '0000-01-01', null, currentUnit, sameUnit);
    }

    for (const r of expert.relations) {
      const related = this.byPerson.get(r.personId);
      if (related === undefined) continue;
      const detail = RELATION_NAMES[r.kind] + (r.note ? `（${r.note}）` : '');
      for (const a of related) this.hit(a, 'relation', detail);
    }
    const name = expert.name.trim();
    const named = this.materials.textsNaming(name);
    if (named !== null) for (const a of named) this.hit(a, 'named-in-materials', name);

    if (hits.length === 0) return null;
    hits.sort((x, y) => x.applicant - y.applicant || x.reason - y.reason);
    return hits.map((h) => {
      const reason = RECUSAL_REASONS[h.reason]!;
      return {
        expertId: expert.id,
        applicationId: this.applicants[h.applicant]!.applicationId,
        reason,
        detail: recusalDetail(reason, h.details, this.lookBackYears),
      };
    });
  }

  private checkFormerUnit(
    unitId: string,
    from: string,
    to: string | null,
    currentUnit: string | null,
    sameUnit: readonly number[] | undefined,
  ): void {
    // The unit lookup first: it rules out almost every period, and costs less than comparing dates.
    const periods = this.periodsByUnit.get(unitId);
    const { asOf, windowStart } = this;
    if (periods === undefined || from > asOf || (to !== null && to < windowStart)) return;
    for (const q of periods) {
      // Both in this unit now is the same-unit conflict, already recorded.
      if (unitId === currentUnit && sameUnit?.includes(q.applicant)) continue;
      const start = from > q.from ? from : q.from;
      let end = to === null || to > asOf ? asOf : to;
      if (q.to !== null && q.to < end) end = q.to;
      if ((start > windowStart ? start : windowStart) <= end) this.hit(q.applicant, 'former-unit', unitId);
    }
  }

  private hit(applicant: number, reason: RecusalReason, detail: string): void {
    const reasonIndex = RECUSAL_REASONS.indexOf(reason);
    const existing = this.hits.find((h) => h.applicant === applicant && h.reason === reasonIndex);
    if (existing === undefined) this.hits.push({ applicant, reason: reasonIndex, details: [detail] });
    else if (!existing.details.includes(detail)) existing.details.push(detail);
  }
}
