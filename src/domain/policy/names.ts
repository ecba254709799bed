import { EMPLOYER_KINDS } from '../organisations/organisation-kinds';
import type { SkillLevel, WorkArea } from './eligibility-request';

/**
 * Chinese names of the contract's codes, for messages and the policy browser. The achievement
 * and pathway tables are also where their codes are listed (eligibility-request.ts).
 */
export const ACHIEVEMENT_NAMES = {
  'postdoc-completed': '博士后期满出站',
  'postdoc-innovation-gold': '全国博士后创新创业大赛金奖',
  'postdoc-innovation-gold-mentor': '全国博士后创新创业大赛金奖合作导师',
  'worldskills-gold': '世界技能大赛金牌',
  'worldskills-gold-coach': '世界技能大赛金牌指导教师（教练）',
  'national-skills-gold': '全国职业技能大赛金牌',
  'national-skills-gold-coach': '全国职业技能大赛金牌指导教师（教练）',
  'major-breakthrough': '取得重大成果突破或解决重大工程技术难题、作出突出贡献',
  'excellent-engineer-team': '卓越工程师团队成员',
  'academician-recommendation': '两院院士等顶尖人才举荐',
  'enterprise-lead-recommendation': '企业技术路线总负责人举荐',
  'outstanding-contribution-enterprise-staff': '全面振兴新突破突出贡献企业骨干人员',
  'skill-level': '职业技能等级',
  'professional-qualification': '专业技术类职业资格',
  // Extensions (CONTRACTS §1 lists kinds "at least"): facts that open the seeds' other routes.
  'research-team-member': '业绩成果优秀的引进科研团队成员',
  'flexible-talent': '柔性引进人才',
  'cross-region-placement': '由组织选派跨地域来辽工作的专业技术人才',
  'high-skill-leader': '高技能领军人才',
  'outstanding-contribution': '业绩显著、贡献突出（经用人单位考察认定）',
  'county-innovator': '在县域创新创业的优秀科技型人才',
} as const;

export const SKILL_NAMES: Record<SkillLevel, string> = {
  'senior-worker': '高级工',
  technician: '技师',
  'senior-technician': '高级技师',
  'principal-technician': '特级技师',
};

export const AREA_NAMES: Record<WorkArea, string> = {
  city: '城市',
  county: '县（市）',
  township: '乡（镇）',
  village: '村',
};

export const RESIDENCE_NAMES: Record<string, string> = {
  mainland: '内地（大陆）居民',
  hk: '香港居民',
  mo: '澳门居民',
  tw: '台湾居民',
  'foreign-permanent': '持外国人永久居留身份证的外籍人员',
  'foreign-talent-permit': '持海外高层次人才居住证的外籍人员',
  'foreign-other': '其他外籍人员',
};

export const EMPLOYER_KIND_NAMES: Record<string, string> = EMPLOYER_KINDS;

/** Names of the pathways (CONTRACTS §1 `pathway`), as users read them. */
export const PATHWAY_NAMES = {
  regular: '正常申报',
  exceptional: '破格',
  'green-channel': '绿色通道',
  'direct-recognition': '直接认定',
  'one-step': '一步到位',
  recommendation: '举荐制',
  'through-train': '民营企业直通车',
  'skills-bridge': '技能人才贯通',
  'qualification-mapping': '职业资格对应',
} as const;
