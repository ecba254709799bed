// Chinese names for the eligibility contract's codes (CONTRACTS §1) and the policy base's citations,
// layers and effects. Codes and degree names come from the domain, so the lists cannot drift apart.
import { findSeries } from '../../../src/domain/catalogue/series';
import {
  ACHIEVEMENT_KINDS,
  type AchievementKind,
  type AppraisalResult,
  type Degree,
  PATHWAYS,
  type Pathway,
  type Residence,
  type SkillLevel,
  type TitleVia,
  type WorkArea,
} from '../../../src/domain/policy/eligibility-request';
import { ACHIEVEMENT_NAMES, PATHWAY_NAMES, SKILL_NAMES } from '../../../src/domain/policy/names';
import { DEGREE_NAMES } from '../../../src/domain/policy/profile-facts';
import type { Effects } from '../../../src/domain/policy/rule-base';
import type { Citation } from '../api/eligibility';
import type { TargetScope } from '../api/policies';
import { levelNames, nameOf } from './labels';

export const pathwayNames: Record<Pathway, string> = PATHWAY_NAMES;

export const pathwayOptions = PATHWAYS.map((value) => ({ value, label: pathwayNames[value] }));

export const degreeNames: Record<Degree, string> = DEGREE_NAMES;

export const residenceNames: Record<Residence, string> = {
  mainland: '内地（大陆）居民',
  hk: '香港居民',
  mo: '澳门居民',
  tw: '台湾居民',
  'foreign-permanent': '外籍（持永久居留证）',
  'foreign-talent-permit': '外籍（持海外高层次人才居住证）',
  'foreign-other': '外籍（其他）',
};

export const titleViaNames: Record<TitleVia, string> = {
  review: '评审',
  exam: '考试',
  recognition: '认定',
  qualification: '职业资格对应',
};

export const workAreaNames: Record<WorkArea, string> = {
  city: '市（州）及以上',
  county: '县（市、区）',
  township: '乡镇',
  village: '村',
};

export const appointmentModeNames: Record<'separated' | 'combined', string> = {
  separated: '评聘分开',
  combined: '评聘结合',
};

export const workRelationNames: Record<'staff' | 'contract' | 'dispatch', string> = {
  staff: '在编',
  contract: '劳动合同',
  dispatch: '劳务派遣',
};

export const appraisalNames: Record<AppraisalResult, string> = {
  excellent: '优秀',
  competent: '合格（称职）',
  'basically-competent': '基本合格',
  incompetent: '不合格',
};

export const achievementKindNames: Record<AchievementKind, string> = ACHIEVEMENT_NAMES;

export const achievementKindOptions = ACHIEVEMENT_KINDS.map((value) => ({
  value,
  label: achievementKindNames[value],
}));

export const skillLevelNames: Record<SkillLevel, string> = SKILL_NAMES;

/** Short names of the rule base's layers, as citations and "inherited from" tags use them. */
export const layerNames: Record<string, string> = {
  national: '国家',
  liaoning: '辽宁省',
  jilin: '吉林省',
  'anshan-2023': '鞍山2023',
  'liaoyang-2023': '辽阳2023',
  'liaoning-city-2025-draft': '2025征求意见稿',
  'jilin-2022': '吉林2022',
};

export function layerName(layer: string): string {
  return layerNames[layer] ?? layer;
}

/**
 * A citation as people write it, in each document's own numbering: 鞍山2023 第七条, 辽阳2023 (九),
 * 2025征求意见稿 第14项, 吉林2022 一(四)1, 国家 人社部发〔2019〕16号.
 */
export function citationLabel({ document, clause }: Citation): string {
  const name = layerName(document);
  if (!clause) return name;
  switch (document) {
    case 'anshan-2023':
      return `${name} 第${clause}条`;
    case 'liaoyang-2023':
      return `${name} (${clause})`;
    case 'liaoning-city-2025-draft':
      return `${name} 第${clause}项`;
    default:
      return `${name} ${clause}`;
  }
}

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals, as post grades are written: 4 → 四, 13 → 十三. */
export function chineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) return String(value);
  if (value < 10) return chineseDigits[value] ?? String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : chineseDigits[tens]}十${ones === 0 ? '' : chineseDigits[ones]}`;
}

/** A fraction as a percentage: 0.6 → 60%, 2/3 → 66.7%. */
export function percent(value: number): string {
  return `${Number((value * 100).toFixed(1))}%`;
}

/** What a pathway brings with it, in plain Chinese; nothing for an ordinary application. */
export function effectTexts(effects: Partial<Effects> | null | undefined): string[] {
  if (!effects) return [];
  const texts: string[] = [];
  if (effects.directRecognition) texts.push('直接认定');
  if (effects.passRateCap !== null && effects.passRateCap !== undefined)
    texts.push(`通过率上限 ${percent(effects.passRateCap)}`);
  if (effects.outsidePostQuota) texts.push('不占岗位结构比例（特设岗位）');
  if (effects.postGrade !== null && effects.postGrade !== undefined)
    texts.push(`聘任专业技术${chineseNumber(effects.postGrade)}级岗位`);
  if (effects.separateEvaluation) texts.push('单独评审');
  return texts;
}

export function seriesName(slug: string): string {
  return findSeries(slug)?.name ?? slug;
}

/** Whom a rule concerns, e.g. 限 卫生技术、中小学教师 · 副高级、正高级; null when it concerns everyone. */
export function scopeText(scope: TargetScope | null | undefined): string | null {
  if (!scope) return null;
  const parts: string[] = [];
  if (scope.series?.length) parts.push(scope.series.map(seriesName).join('、'));
  if (scope.levels?.length) parts.push(scope.levels.map((level) => nameOf(levelNames, level)).join('、'));
  return parts.length > 0 ? `限 ${parts.join(' · ')}` : null;
}

/** Known parameters of the policy base by key; keys not listed show as they are. */
const parameterNames: Record<string, string> = {
  'ce.hoursPerYear': '每年继续教育学时',
  'ce.professionalShare': '专业科目学时占比',
  'ce.requiredFromYear': '继续教育学时作为申报必备条件的起始年度',
  'socialInsurance.minMonths': '在申报单位缴纳社保的最少月数',
  'fraud.banYears': '弄虚作假者禁止申报年限',
  'publicity.resultWorkdays': '评审结果公示期（工作日）',
  'publicity.unitWorkdays': '单位推荐公示期（工作日）',
  'publicity.candidateWorkdays': '正式参评人员公示期（工作日）',
  'vote.passShare': '评审通过所需同意票比例',
  'vote.quorumShare': '评审会议法定到会比例',
  'vote.secondRound': '是否允许多轮投票表决',
  'committee.approvalYears': '评委会核准有效期（年）',
  'committee.seniorMinBySeries': '按系列组建的高级评委会最少委员数',
  'committee.seniorMinBySpecialty': '按专业组建的高级评委会最少委员数',
  'expert.termYears': '评审专家聘期上限（年）',
  'panel.alternatesPerSeat': '每个席位的候补专家数',
  'pool.changeDeadline': '年度专家库调整截止日（月-日）',
  'recusal.lookBackYears': '同单位回避的回溯年限',
  'review.filingWorkdays': '评审结束后报送备案时限（工作日）',
  'review.sessionDeadline': '年度评审会议截止日（月-日）',
  'selfReview.applicationDeadline': '当年开展自主评审的申请截止日（月-日）',
};

/** The Chinese name of a parameter key, e.g. `passRate.cap.senior` → 评审通过率上限（正高级）. */
export function parameterName(key: string): string {
  const known = parameterNames[key];
  if (known) return known;
  const cap = /^passRate\.cap\.(?:(.+)\.)?([a-z-]+)$/.exec(key);
  if (cap?.[2]) {
    const level = nameOf(levelNames, cap[2]);
    return `评审通过率上限（${cap[1] ? `${seriesName(cap[1])} · ` : ''}${level}）`;
  }
  return key;
}

/** A parameter's value for people: shares and caps as percentages, null as 未规定. */
export function parameterValue(key: string, value: number | string | boolean | null): string {
  if (value === null) return '未规定';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' && /(Share|passRate)/.test(key) && value <= 1) return percent(value);
  return String(value);
}
