import type { Citation } from '../../domain/policy/citation';
import type { AchievementKind } from '../../domain/policy/eligibility-request';
import type { PathwayVariant } from '../../domain/policy/rule-base';
import {
  SKILLS_BRIDGE_CITATION,
  SKILLS_BRIDGE_SERIES,
  skillsBridgeConditions,
} from '../national/skills-bridge';
import type { CityClauses } from './liaoning-city-provisions';

const SENIOR_LEVELS = ['associate-senior', 'senior'] as const;
const COUNTY_AND_BELOW = ['county', 'township', 'village'] as const;
/** 安置到企事业单位: enterprises and public institutions, not organs of government or the army. */
const ENTERPRISES_AND_INSTITUTIONS = [
  'public-institution',
  'state-enterprise',
  'private-enterprise',
] as const;

/**
 * A green channel (绿色通道) the city documents open to a group of people: "纳入职称评定
 * 绿色通道并可直接评定或认定的，由人社部门统一协调相应高级评委会组织专家实施" (anshan 十,
 * liaoyang 十三), so senior titles, recognised by assessment. The 2025 draft's procedure
 * (item 9: two 正高 recommendations, three experts) is not in these documents.
 */
function greenChannel(
  id: string,
  name: string,
  citation: Citation,
  achievement: AchievementKind,
): PathwayVariant {
  return {
    id,
    pathway: 'green-channel',
    name,
    citation,
    appliesTo: { levels: SENIOR_LEVELS },
    standard: 'none',
    conditions: [
      { id: `${id}.basis`, citation, basis: true, condition: { kind: 'achievement', anyOf: [achievement] } },
    ],
    effects: { directRecognition: true },
  };
}

/** The ways in that the Liaoning city documents open, each citing the document's own clause. */
export function cityPathways(document: string, c: CityClauses): PathwayVariant[] {
  const at = (clause: string) => ({ document, clause });
  const pathways: PathwayVariant[] = [];
  if (c.education) {
    pathways.push({
      id: 'exceptional.education',
      pathway: 'exceptional',
      name: '学历破格（2名以上正高级同行专家推荐）',
      citation: at(c.education),
      standard: 'seniority-only',
      conditions: [
        {
          id: 'exceptional.recommendations',
          citation: at(c.education),
          condition: { kind: 'recommendations', min: 2, byLevel: 'senior', sameOrCloseSpecialty: true },
        },
      ],
    });
  }
  if (c.engineerTeam) {
    pathways.push({
      id: 'exceptional.engineer-team',
      pathway: 'exceptional',
      name: '卓越工程师团队成员直接参评',
      citation: at(c.engineerTeam),
      standard: 'none',
      conditions: [
        {
          id: 'engineer-team',
          citation: at(c.engineerTeam),
          basis: true,
          condition: { kind: 'achievement', anyOf: ['excellent-engineer-team'] },
        },
      ],
    });
  }
  if (c.grassrootsRelief) {
    // 对长期在基层一线工作的专业技术人才职称评审适当放宽学历……要求: one degree step.
    pathways.push({
      id: 'regular.grassroots-relaxed',
      pathway: 'regular',
      name: '长期在基层一线工作：适当放宽学历要求',
      citation: at(c.grassrootsRelief),
      standard: 'full',
      educationRelaxedBy: 1,
      conditions: [
        {
          id: 'grassroots-relaxed.long-term',
          citation: at(c.grassrootsRelief),
          basis: true,
          condition: {
            kind: 'frontline-years',
            yearsParam: 'grassroots.longTermYears',
            areas: COUNTY_AND_BELOW,
            stillThere: true,
          },
        },
      ],
    });
    // 在县域创新创业的优秀科技型人才，可根据其业绩、能力和贡献，允许其破格申报职称评审.
    pathways.push({
      id: 'exceptional.county-innovator',
      pathway: 'exceptional',
      name: '县域创新创业优秀科技型人才破格申报',
      citation: at(c.grassrootsRelief),
      standard: 'none',
      conditions: [
        {
          id: 'county-innovator',
          citation: at(c.grassrootsRelief),
          basis: true,
          condition: { kind: 'achievement', anyOf: ['county-innovator'] },
        },
        {
          id: 'county-innovator.in-county',
          citation: at(c.grassrootsRelief),
          condition: { kind: 'current-area', areas: COUNTY_AND_BELOW },
        },
      ],
    });
  }
  if (c.directRecognition) {
    pathways.push({
      id: 'direct-recognition.major-breakthrough',
      pathway: 'direct-recognition',
      name: '重大成果突破、突出贡献人才直接认定',
      citation: at(c.directRecognition),
      standard: 'none',
      conditions: [
        {
          id: 'major-breakthrough',
          citation: at(c.directRecognition),
          basis: true,
          condition: { kind: 'achievement', anyOf: ['major-breakthrough'] },
        },
      ],
      effects: { directRecognition: true, outsidePostQuota: true },
    });
  }
  if (c.postdoc) {
    pathways.push({
      id: 'direct-recognition.postdoc',
      pathway: 'direct-recognition',
      name: c.postdocNewlyRecruited
        ? '新招聘的期满出站博士后直接认定副高级职称'
        : '期满出站博士后直接认定副高级职称',
      citation: at(c.postdoc),
      appliesTo: { levels: ['associate-senior'] },
      standard: 'none',
      conditions: [
        {
          id: 'postdoc',
          citation: at(c.postdoc),
          basis: true,
          condition: { kind: 'achievement', anyOf: ['postdoc-completed'] },
        },
        ...(c.postdocNewlyRecruited
          ? [
              {
                id: 'postdoc.newly-recruited',
                citation: at(c.postdoc),
                condition: { kind: 'newly-recruited', monthsParam: 'postdoc.newlyRecruitedMonths' },
              } as const,
            ]
          : []),
      ],
      effects: { directRecognition: true, outsidePostQuota: true },
    });
  }
  if (c.enterpriseLead) {
    pathways.push({
      // 国家重点实验室、科技领军企业等可推荐本单位技术负责人直接评定相应级别职称.
      id: 'recommendation.enterprise-lead',
      pathway: 'recommendation',
      name: '国家级平台、领军企业推荐技术负责人直接评定',
      citation: at(c.enterpriseLead),
      standard: 'none',
      conditions: [
        {
          id: 'recommendation.enterprise-lead',
          citation: at(c.enterpriseLead),
          basis: true,
          condition: { kind: 'achievement', anyOf: ['enterprise-lead-recommendation'] },
        },
      ],
    });
  }
  if (c.researchTeamGreenChannel)
    pathways.push(
      greenChannel(
        'green-channel.research-team',
        '绿色通道：业绩成果优秀的科研团队成员',
        at(c.researchTeamGreenChannel),
        'research-team-member',
      ),
    );
  if (c.flexibleTalentGreenChannel)
    pathways.push(
      greenChannel(
        'green-channel.flexible-talent',
        '绿色通道：柔性引进人才',
        at(c.flexibleTalentGreenChannel),
        'flexible-talent',
      ),
    );
  if (c.highSkillGreenChannel)
    pathways.push(
      greenChannel(
        'green-channel.high-skill-leader',
        '绿色通道：高技能领军人才',
        at(c.highSkillGreenChannel),
        'high-skill-leader',
      ),
    );
  if (c.skillsBridge) {
    // 支持对高技能人才单独分组、单独评审 (liaoyang 四) / 技术技能人才贯通专线 (2025 #4), in the
    // series and by the correspondence of the national bridge.
    pathways.push({
      id: 'skills-bridge',
      pathway: 'skills-bridge',
      name: '高技能人才贯通评审（单独分组、单独评审）',
      citation: at(c.skillsBridge),
      appliesTo: { series: SKILLS_BRIDGE_SERIES },
      standard: 'none',
      conditions: skillsBridgeConditions(SKILLS_BRIDGE_CITATION),
      effects: { separateEvaluation: true },
    });
  }
  if (c.oneStep) {
    pathways.push({
      id: 'one-step',
      pathway: 'one-step',
      name: '一步到位（海外归国、党政机关交流、部队转业）',
      citation: at(c.oneStep),
      standard: 'education-only',
      conditions: [
        {
          id: 'one-step.eligible-group',
          citation: at(c.oneStep),
          basis: true,
          condition: { kind: 'status', flag: 'returnee-or-transfer' },
        },
        {
          // 安置到企事业单位从事专业技术工作: not someone still in a government organ or the army.
          id: 'one-step.placed',
          citation: at(c.oneStep),
          condition: { kind: 'employer-kind', anyOf: ENTERPRISES_AND_INSTITUTIONS },
        },
        { id: 'one-step.once', citation: at(c.oneStep), condition: { kind: 'one-step-unused' } },
      ],
    });
  }
  if (c.throughTrain) {
    pathways.push({
      id: 'through-train',
      pathway: 'through-train',
      name: '民营企业职称评审“直通车”（随时申报、单独评价、一年多评）',
      citation: at(c.throughTrain),
      standard: 'full',
      conditions: [
        {
          id: 'through-train.private-enterprise',
          citation: at(c.throughTrain),
          basis: true,
          condition: { kind: 'employer-kind', anyOf: ['private-enterprise'] },
        },
      ],
      effects: { separateEvaluation: true },
    });
  }
  return pathways;
}
