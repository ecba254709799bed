import type { Level } from '../../domain/catalogue';
import type { SkillLevel } from '../../domain/policy/eligibility-request';
import type { ConditionRule } from '../../domain/policy/rule-base';

/** 人社部发〔2020〕96号 关于进一步加强高技能人才与专业技术人才职业发展贯通的实施意见. */
export const SKILLS_BRIDGE_CITATION = { document: 'national', clause: '人社部发〔2020〕96号' };

/**
 * The series in which high-skill workers may enter title review (工程、农业、工艺美术、文物博物、
 * 实验技术、艺术、体育、技工院校教师: 人社部发〔2020〕96号, repeated word for word by jilin-2022 一(一)2).
 */
export const SKILLS_BRIDGE_SERIES: readonly string[] = [
  'engineering',
  'agriculture',
  'arts-and-crafts',
  'cultural-relics',
  'laboratory',
  'art',
  'sports',
  'technical-school-teacher',
];

/** 高级工、技师、高级技师、特级技师 ↔ 初级（助理级）、中级、副高级、正高级. */
export const SKILL_TITLE_MAPPING: Readonly<Partial<Record<SkillLevel, Level>>> = {
  'senior-worker': 'assistant',
  technician: 'intermediate',
  'senior-technician': 'associate-senior',
  'principal-technician': 'senior',
};

/**
 * The conditions of the skills bridge: the skill level matching the target, held by someone
 * in post on the front line (在职在岗、一线岗位), each citing `citation`.
 */
export function skillsBridgeConditions(citation: { document: string; clause: string }): ConditionRule[] {
  return [
    {
      id: 'skills-bridge.skill-level',
      citation,
      basis: true,
      condition: { kind: 'skill-level', mapping: SKILL_TITLE_MAPPING },
    },
    { id: 'skills-bridge.frontline', citation, condition: { kind: 'frontline-now' } },
  ];
}
