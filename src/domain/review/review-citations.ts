import type { Citation } from '../policy/citation';

/**
 * The clauses behind the review rules, by the documents' own numbering (seeds/README.md).
 * National article numbers are left out where only secondary sources give them (DOMAIN §11).
 */
export const REVIEW_CITATIONS = {
  /** Committees, experts, quorum and vote: 职称评审管理暂行规定. */
  order40: { document: 'national', clause: '人社部令第40号' },
  /** 严格按照核准备案的评审范围、专业领域、评审层级组织评审; 年度例会11月底前完成、不跨年度; 严禁多轮投票表决. */
  anshanProcedure: { document: 'anshan-2023', clause: '九' },
  liaoyangProcedure: { document: 'liaoyang-2023', clause: '十一' },
  /** 评审工作应在本年度内完成; 20个工作日内备案; 严禁多轮投票表决. */
  draftProcedure: { document: 'liaoning-city-2025-draft', clause: '17' },
} as const satisfies Record<string, Citation>;

/** Citations appended to a Chinese message, e.g. '（anshan-2023 九；liaoyang-2023 十一）'. */
export function citeSuffix(citations: readonly Citation[]): string {
  const parts = citations.map((c) => (c.document === 'national' ? c.clause : `${c.document} ${c.clause}`));
  return parts.length > 0 ? `（${parts.join('；')}）` : '';
}
