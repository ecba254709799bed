/**
 * Exemptions from appointment guards that a seed grants to a group of people, as data: which
 * guards they waive, in which set and when, and what the person must be. jilin-2022 二(三):
 * "在疫情防控一线做出突出贡献……的人员，已经取得副高级及以下职称的，可在同层级内直接聘用到上一级
 * 专业技术岗位" — the time (interval) and order (step by step) rules give way; the vacancy, the
 * plan and the title of the level still hold, as the clause says nothing of them.
 */
import { levelName, levelRank, postGradeName } from '../catalogue';
import type { Citation } from '../policy/citation';
import { type ClauseCitation, POST_CLAUSES } from './guard-citations';
import { type GuardContext, type GuardOutcome, guardKey, sameLevel } from './guard-outcome';

/** A note an exemption leaves on the check: that it applied, or why a claimed one did not. */
export interface ExemptionNote {
  readonly key: string;
  readonly note: string;
  readonly citations: readonly Citation[];
}

export interface GuardExemption {
  readonly key: string;
  readonly name: string;
  /** The guards it waives. */
  readonly waives: readonly string[];
  readonly citations: readonly ClauseCitation[];
  /** Whether the person claims it (a fact the unit states). */
  readonly claimed: (context: GuardContext) => boolean;
  /** Why it does not apply to this request, or null when it does. */
  readonly refusal: (context: GuardContext) => string | null;
}

/**
 * The notice arranges the province's work of 2022 ("现就做好2022年全省专业技术人员职称制度改革、
 * 职称评聘工作"), under 吉人社发〔2022〕9号's COVID measures: its direct appointment is read as
 * open to appointments starting in that year, not as a standing rule of the Jilin set.
 */
const COVID_WINDOW = { from: '2022-01-01', until: '2023-01-01' } as const;

export const covidNextGrade: GuardExemption = {
  key: guardKey('covid-next-grade'),
  name: '疫情防控一线突出贡献人员同层级内直接聘用到上一级岗位',
  waives: [guardKey('interval'), guardKey('step-by-step')],
  citations: POST_CLAUSES.covidNextGrade,
  claimed: ({ facts }) => facts.person.covidFrontlineCommended === true,
  refusal: ({ request, facts, grade, rules }) => {
    const [clause] = POST_CLAUSES.covidNextGrade;
    if (!rules.documents.includes(clause.document))
      return '该政策仅适用于吉林省（2022年全省职称工作通知二(三)）';
    const start = request.startDate;
    if (start < COVID_WINDOW.from || start >= COVID_WINDOW.until)
      return `该政策用于2022年度的岗位聘用，聘用起始日期${start}不在其内`;
    if (request.kind !== 'within-level') return '该政策适用于同层级内晋升等级';
    const held = facts.person.titleLevel;
    if (held && levelRank(held) > levelRank('associate-senior'))
      return `该政策适用于已取得副高级及以下职称的人员（本人为${levelName(held)}）`;
    const current = facts.person.current;
    if (!current || !sameLevel(current.grade, grade) || grade !== current.grade - 1)
      return `只能聘用到同层级内的上一级岗位${current ? `（现聘${postGradeName(current.grade)}）` : ''}`;
    return null;
  },
};

/** Every exemption the guards consult. */
export const GUARD_EXEMPTIONS: readonly GuardExemption[] = [covidNextGrade];

/**
 * The exemptions the person claims, read once per check: the guards they waive (each then
 * passes) and a note for each — that it applied, with its clause, or why it did not.
 */
export function exemptionsFor(context: GuardContext): {
  readonly waived: (guard: string) => GuardOutcome | undefined;
  readonly notes: readonly ExemptionNote[];
} {
  const waived = new Map<string, GuardOutcome>();
  const notes: ExemptionNote[] = [];
  for (const exemption of GUARD_EXEMPTIONS) {
    if (!exemption.claimed(context)) continue;
    const refusal = exemption.refusal(context);
    const citations = [...exemption.citations];
    notes.push({
      key: exemption.key,
      note: refusal
        ? `所报“${exemption.name}”不适用：${refusal}`
        : `${exemption.name}：不受间隔时限和逐级聘用的限制`,
      citations,
    });
    if (!refusal)
      for (const guard of exemption.waives) waived.set(guard, { status: 'pass', citation: citations[0] });
  }
  return { waived: (guard) => waived.get(guard), notes };
}
