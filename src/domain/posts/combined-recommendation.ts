import { type Level, levelName } from '../catalogue';
import type { Citation } from '../policy/citation';
import type { ClauseCitation } from './guard-citations';
import type { PostBoard } from './post-board';

/**
 * 评聘结合 within the post structure (anshan-2023 九, liaoyang-2023 十一, 2025-draft 17, jilin-2022
 * 一(二)4): a unit whose series is 评聘结合 recommends for a level no more people than that level
 * has free posts, since every title it obtains is an appointment to come. The words are the
 * coverage maps' (a test holds them equal).
 */
export const COMBINED_WITHIN_POSTS: readonly ClauseCitation[] = [
  { document: 'anshan-2023', clause: '九', text: '实行“评聘结合”的应在岗位结构比例内开展评审或按比例推荐' },
  {
    document: 'liaoyang-2023',
    clause: '十一',
    text: '实行“评聘结合”的应在岗位结构比例内开展评审或按比例推荐',
  },
  {
    document: 'liaoning-city-2025-draft',
    clause: '17',
    text: '实行“评聘结合”的原则上应在岗位结构比例内开展评审或按比例推荐',
  },
  { document: 'jilin-2022', clause: '一(二)4', text: '评聘结合院校在专业技术岗位核定数额范围内组织评审' },
];

/** What the check reads, gathered by the posts module for the unit recommending one application. */
export interface CombinedRecommendation {
  /** `appointment.combined.<series>` of the unit's policy set: the series is 评聘结合 there. */
  readonly combined: { readonly value: boolean; readonly citation: Citation } | undefined;
  /** The unit's policy set: its layers, and whether it is in force (a draft's clauses never bind). */
  readonly policy: { readonly layers: readonly string[]; readonly status: 'in-force' | 'draft' };
  readonly level: Level;
  /** The unit's board today; null when no plan is in force. */
  readonly board: PostBoard | null;
  /** The unit's other applications at the level in a 评聘结合 series, recommended and still on their way this year. */
  readonly alreadyRecommended: number;
}

/** The clauses binding the unit: those of a document in its set's chain, only once the set is in force. */
export function combinedClausesOf(policy: CombinedRecommendation['policy']): ClauseCitation[] {
  if (policy.status !== 'in-force') return [];
  return COMBINED_WITHIN_POSTS.filter((c) => policy.layers.includes(c.document));
}

/** Free posts of a level: its quota less everyone holding one (an excess at one grade uses another's vacancy). */
export function freePostsOf(board: PostBoard, level: Level): number {
  const row = board.levels.get(level)!;
  return Math.max(0, row.quota - row.occupied);
}

/**
 * Why the unit may not recommend one more person at the level, or null. Only 评聘结合 series
 * in a set one of whose documents states the clause are limited; the national frame alone
 * does not say "within the post structure".
 */
export function combinedRecommendationProblem(c: CombinedRecommendation): string | null {
  if (c.combined?.value !== true) return null;
  const clauses = combinedClausesOf(c.policy);
  if (clauses.length === 0) return null;
  const basis = clauses.map((k) => `${k.document} ${k.clause}“${k.text}”`).join('；');
  // Without a plan on record the system cannot know the unit's posts: the unit's approved plan is
  // kept outside it (units join the posts module over time), so the limit is not judged rather
  // than every 评聘结合 recommendation of such a unit refused.
  if (!c.board) return null;
  const free = freePostsOf(c.board, c.level);
  if (c.alreadyRecommended < free) return null;
  return `本单位该系列实行评聘结合，${levelName(c.level)}岗位空余${free}个，本年度已推荐${c.alreadyRecommended}人在评，不能超出岗位数额推荐（${basis}）`;
}
