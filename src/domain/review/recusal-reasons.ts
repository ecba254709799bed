/** Why an expert must not review an applicant (回避, 人社部令第40号 第25条). */
export type RecusalReason = 'same-unit' | 'former-unit' | 'relation' | 'named-in-materials';

/** The reasons in the order they are recorded. */
export const RECUSAL_REASONS: readonly RecusalReason[] = [
  'same-unit',
  'former-unit',
  'relation',
  'named-in-materials',
];

/** Chinese names of the recusal reasons, for lists and filters. */
export const RECUSAL_REASON_NAMES: Record<RecusalReason, string> = {
  'same-unit': '同一单位',
  'former-unit': '曾在同一单位',
  relation: '申明的利害关系',
  'named-in-materials': '申报材料中出现专家姓名',
};

/** The Chinese detail of one recusal from what was found (units, relations, the name). */
export function recusalDetail(
  reason: RecusalReason,
  details: readonly string[],
  lookBackYears: number,
): string {
  const list = details.join('、');
  switch (reason) {
    case 'same-unit':
      return `与申报人同在单位${list}`;
    case 'former-unit':
      return `近${lookBackYears}年内与申报人曾同在单位${list}`;
    case 'relation':
      return `专家申明与申报人存在利害关系：${list}`;
    case 'named-in-materials':
      return `申报材料中出现专家姓名“${list}”`;
  }
}
