import { AppError } from '../errors';
import type { Citation } from '../policy/citation';
import { capLimit, ratePercentText } from './pass-rate';
import { ceilShare, type Share, shareText } from './share';

/** The anonymous ballots on one application: one per attending expert (同意 / 不同意 / 弃权). */
export interface BallotCount {
  agree: number;
  disagree: number;
  abstain: number;
}

/** One application put to the vote, with the pass-rate group (参评人数 for the cap) it counts in. */
export interface TallyCandidate {
  applicationId: string;
  capGroup: string;
  counts: BallotCount;
  /** Experts present for this application; ballots not cast count as not agreeing. */
  attending: number;
  /** 绿色通道: 3 senior experts who must all agree; outside the caps (liaoning-city-2025-draft 9). */
  greenChannel?: boolean;
}

/** The cap of one group: at most ⌊candidates × rate⌋ pass; `rate` null = no cap. */
export interface CapRule {
  capGroup: string;
  rate: number | null;
  citation: Citation | null;
}

export interface TallyRules {
  /** National: 2/3 of the attending experts (人社部令第40号). */
  passShare: Share;
  caps: readonly CapRule[];
  /** Clause for the pass threshold, given with below-threshold outcomes. */
  passShareCitation?: Citation;
  /** Clause forbidding further rounds of voting; defaults to anshan-2023 九. */
  noSecondRoundCitation?: Citation;
  /** Clause of the green-channel procedure; defaults to liaoning-city-2025-draft 9. */
  greenChannelCitation?: Citation;
}

export type TallyOutcomeKind =
  | 'passed'
  | 'below-threshold'
  | 'over-cap'
  | 'tied-at-cap'
  | 'green-channel-failed';

export interface TallyOutcome {
  applicationId: string;
  capGroup: string;
  counts: BallotCount;
  attending: number;
  /** Agreeing ballots needed. */
  required: number;
  meetsThreshold: boolean;
  /** Place among those of the cap group meeting the threshold (tied candidates share it); null otherwise. */
  rank: number | null;
  outcome: TallyOutcomeKind;
  passed: boolean;
  reason: string;
  citation: Citation | null;
}

export interface CapGroupSummary {
  capGroup: string;
  /** 参评人数: the group's candidates, green channel excluded. */
  candidates: number;
  rate: number | null;
  limit: number | null;
  passed: number;
  citation: Citation | null;
}

/** What happens to candidates tied across the cap's boundary, as stated to the committee. */
export const TIE_AT_CAP_RULE =
  '同意票数、不同意票数均相同的申报人并列跨越通过名额界限时，并列者均不通过：通过人数不得超过通过率上限，且严禁多轮投票表决，不得再次投票决出名次。';

/** Experts who must all agree on a green-channel application (liaoning-city-2025-draft 9). */
export const GREEN_CHANNEL_EXPERTS = 3;

const DEFAULT_NO_SECOND_ROUND: Citation = { document: 'anshan-2023', clause: '九' };
const DEFAULT_GREEN_CHANNEL: Citation = { document: 'liaoning-city-2025-draft', clause: '9' };

/** Agreeing ballots needed among `attending` experts: ⌈attending × share⌉ ("以上" includes the number). */
export function requiredVotes(attending: number, share: Share): number {
  return ceilShare(attending, share);
}

function validateCandidate(c: TallyCandidate): void {
  const { agree, disagree, abstain } = c.counts;
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (
    !whole(agree) ||
    !whole(disagree) ||
    !whole(abstain) ||
    !Number.isInteger(c.attending) ||
    c.attending < 1
  ) {
    throw new AppError('invalid', 'TALLY_COUNTS_INVALID', `申报${c.applicationId}的票数或实到人数不合法`);
  }
  if (agree + disagree + abstain > c.attending) {
    throw new AppError(
      'invalid',
      'TALLY_COUNTS_INVALID',
      `申报${c.applicationId}的票数（${agree + disagree + abstain}）超过实到评审专家人数（${c.attending}）`,
    );
  }
}

const votesText = (c: BallotCount) => `同意${c.agree}票、不同意${c.disagree}票、弃权${c.abstain}票`;

function greenChannelOutcome(c: TallyCandidate, citation: Citation): TallyOutcome {
  const unanimous = c.attending >= GREEN_CHANNEL_EXPERTS && c.counts.agree === c.attending;
  return {
    applicationId: c.applicationId,
    capGroup: c.capGroup,
    counts: c.counts,
    attending: c.attending,
    required: Math.max(c.attending, GREEN_CHANNEL_EXPERTS),
    meetsThreshold: unanimous,
    rank: null,
    outcome: unanimous ? 'passed' : 'green-channel-failed',
    passed: unanimous,
    reason: unanimous
      ? `绿色通道：${c.attending}名资深正高级专家一致同意，不占通过率`
      : `绿色通道须${GREEN_CHANNEL_EXPERTS}名资深正高级专家审议一致同意，实到${c.attending}人，${votesText(c.counts)}，未获一致同意`,
    citation,
  };
}

/**
 * The outcome of a session's vote, before results are fixed (a preview until then).
 *
 * 1. Threshold: a candidate meets it with agree ≥ requiredVotes(attending, passShare).
 * 2. Cap: per cap group, limit = capLimit(参评人数, rate), 参评人数 counting every candidate of
 *    the group (green channel aside). Those meeting the threshold are ranked by agree
 *    (more first), then disagree (fewer first); if more meet it than the limit allows, the
 *    top `limit` pass. Candidates with the same agree and disagree counts that straddle the
 *    limit all fail ('tied-at-cap', see TIE_AT_CAP_RULE): the cap is never exceeded and there
 *    is no second round of voting.
 * 3. Green channel: passes only if all attending experts (at least 3) agree; outside the caps.
 * Outcomes come in the candidates' order; group summaries in order of first appearance.
 */
export function tallySession(
  candidates: readonly TallyCandidate[],
  rules: TallyRules,
): { outcomes: TallyOutcome[]; groups: CapGroupSummary[] } {
  candidates.forEach(validateCandidate);
  const outcomes = new Map<TallyCandidate, TallyOutcome>();
  const byGroup = new Map<string, TallyCandidate[]>();
  for (const c of candidates) {
    if (c.greenChannel) {
      outcomes.set(c, greenChannelOutcome(c, rules.greenChannelCitation ?? DEFAULT_GREEN_CHANNEL));
      continue;
    }
    const list = byGroup.get(c.capGroup);
    if (list) list.push(c);
    else byGroup.set(c.capGroup, [c]);
  }

  const groups: CapGroupSummary[] = [];
  for (const [capGroup, members] of byGroup) {
    const capRules = rules.caps.filter((r) => r.capGroup === capGroup);
    if (capRules.length !== 1) {
      throw new AppError(
        'invalid',
        'TALLY_CAP_RULE_MISSING',
        capRules.length === 0
          ? `未设定通过率分组“${capGroup}”的通过率规则`
          : `通过率分组“${capGroup}”的规则重复`,
      );
    }
    const cap = capRules[0]!;
    const limit = cap.rate === null ? null : capLimit(members.length, cap.rate);
    let passed = 0;
    for (const outcome of tallyGroup(members, cap, limit, rules)) {
      outcomes.set(outcome.candidate, outcome.result);
      if (outcome.result.passed) passed += 1;
    }
    groups.push({
      capGroup,
      candidates: members.length,
      rate: cap.rate,
      limit,
      passed,
      citation: cap.citation,
    });
  }
  return { outcomes: candidates.map((c) => outcomes.get(c)!), groups };
}

/** Threshold, ranking and cap for the candidates of one cap group. */
function tallyGroup(
  members: readonly TallyCandidate[],
  cap: CapRule,
  limit: number | null,
  rules: TallyRules,
): { candidate: TallyCandidate; result: TallyOutcome }[] {
  const share = shareText(rules.passShare);
  const required = new Map(members.map((c) => [c, requiredVotes(c.attending, rules.passShare)] as const));
  const qualified = members
    .filter((c) => c.counts.agree >= required.get(c)!)
    .sort((a, b) => b.counts.agree - a.counts.agree || a.counts.disagree - b.counts.disagree);
  const capText =
    limit === null ? '' : `参评${members.length}人×通过率${ratePercentText(cap.rate!)}＝通过名额${limit}名`;

  const results: { candidate: TallyCandidate; result: TallyOutcome }[] = [];
  const base = (c: TallyCandidate) => ({
    applicationId: c.applicationId,
    capGroup: c.capGroup,
    counts: c.counts,
    attending: c.attending,
    required: required.get(c)!,
  });
  for (const c of members) {
    if (c.counts.agree >= required.get(c)!) continue;
    results.push({
      candidate: c,
      result: {
        ...base(c),
        meetsThreshold: false,
        rank: null,
        outcome: 'below-threshold',
        passed: false,
        reason: `${votesText(c.counts)}，未达到实到评审专家${c.attending}人的${share}（${required.get(c)}票）`,
        citation: rules.passShareCitation ?? null,
      },
    });
  }
  // Walk the ranking one block of equal votes at a time: a block passes whole or not at all.
  for (let start = 0; start < qualified.length; ) {
    const first = qualified[start]!;
    let end = start + 1;
    while (
      end < qualified.length &&
      qualified[end]!.counts.agree === first.counts.agree &&
      qualified[end]!.counts.disagree === first.counts.disagree
    ) {
      end += 1;
    }
    const rank = start + 1;
    const kind: TallyOutcomeKind =
      limit === null || end <= limit ? 'passed' : start < limit ? 'tied-at-cap' : 'over-cap';
    for (let i = start; i < end; i++) {
      const c = qualified[i]!;
      const votes = `${votesText(c.counts)}，达到${share}以上（${required.get(c)}票）`;
      const reason =
        kind === 'passed'
          ? limit === null
            ? `${votes}，通过`
            : `${votes}，排名第${rank}，在通过名额内（${capText}），通过`
          : kind === 'over-cap'
            ? `${votes}，但排名第${rank}，超出通过名额（${capText}），不通过`
            : `${votes}，与另${end - start - 1}人票数相同并列第${rank}名，跨越通过名额界限（${capText}）：${TIE_AT_CAP_RULE}`;
      results.push({
        candidate: c,
        result: {
          ...base(c),
          meetsThreshold: true,
          rank,
          outcome: kind,
          passed: kind === 'passed',
          reason,
          citation:
            kind === 'tied-at-cap'
              ? (rules.noSecondRoundCitation ?? DEFAULT_NO_SECOND_ROUND)
              : kind === 'over-cap' || limit !== null
                ? cap.citation
                : (rules.passShareCitation ?? null),
        },
      });
    }
    start = end;
  }
  return results;
}
