import type { Level } from '../../domain/catalogue';
import type { AchievementKind } from '../../domain/policy/eligibility-request';
import { perAwardKey } from '../../domain/policy/parameter-registry';
import type { PathwayVariant, PolicyLayer } from '../../domain/policy/rule-base';
import { cityProvisions } from './liaoning-city-provisions';

const DOC = 'liaoning-city-2025-draft';
const at = (clause: string) => ({ document: DOC, clause });

const provisions = cityProvisions(DOC, {
  postdoc: '10',
  postdocNewlyRecruited: true,
  throughTrain: '4',
  skillsBridge: '4',
  grassrootsService: '7',
  oneStep: '16',
  unitApplication: '14',
  passRate: '17',
});

const TWO_SENIOR_RECOMMENDATIONS = {
  id: 'green-channel.recommendations',
  citation: at('9'),
  condition: { kind: 'recommendations', min: 2, byLevel: 'senior', sameOrCloseSpecialty: true },
} as const;

/**
 * 绿色通道 (item 9): the procedure — personal application, the unit's assessment, two 正高
 * peer recommendations, three senior experts — on one of the bases that open it.
 */
function greenChannel(
  id: string,
  name: string,
  basisClause: string,
  basis: readonly AchievementKind[],
  extra: PathwayVariant['conditions'] = [],
  levels: readonly Level[] = ['associate-senior', 'senior'],
): PathwayVariant {
  return {
    id,
    pathway: 'green-channel',
    name,
    citation: at('9'),
    appliesTo: { levels },
    standard: 'none',
    conditions: [
      {
        id: `${id}.basis`,
        citation: at(basisClause),
        basis: true,
        condition: { kind: 'achievement', anyOf: basis },
      },
      ...extra,
      TWO_SENIOR_RECOMMENDATIONS,
    ],
    effects: { directRecognition: true },
  };
}

/** Item 10: competition winners and their coaches, each to a level and a post grade, outside quotas. */
function competition(
  achievement: AchievementKind,
  name: string,
  level: 'senior' | 'associate-senior',
  postGrade: number,
): PathwayVariant {
  return {
    id: `direct-recognition.${achievement}`,
    pathway: 'direct-recognition',
    name,
    citation: at('10'),
    appliesTo: { levels: [level] },
    standard: 'none',
    conditions: [
      {
        id: `competition.${achievement}`,
        citation: at('10'),
        basis: true,
        condition: { kind: 'achievement', anyOf: [achievement] },
      },
    ],
    effects: { directRecognition: true, outsidePostQuota: true, postGrade },
  };
}

/** 2025年全市职称工作安排意见（征求意见稿）(seeds/002): evaluated what-if only. */
export const LIAONING_CITY_2025_DRAFT: PolicyLayer = {
  id: DOC,
  name: '2025年全市职称工作安排意见（征求意见稿）',
  extends: 'liaoning',
  status: 'draft',
  effectiveFrom: '2025-01-01',
  effectiveUntil: '2026-01-01',
  parameters: [
    ...provisions.parameters,
    // 22 and 23: the post rules that go beyond the 2023 texts. A draft: they apply only once adopted.
    {
      key: 'posts.borrow.higherVacancy',
      value: true,
      citation: at('22'),
      note: '（2）在核定的岗位等级数额均已聘满的情况下，可向高级别岗位借用空余岗位用于该级别聘用',
    },
    {
      key: 'posts.regularisation.mayExceedQuota',
      value: true,
      citation: at('22'),
      note: '（3）事业单位专业技术人员需转正定级确定专业技术职务的，可适当超出本单位相应级别专业技术岗位数聘用',
    },
    {
      key: 'posts.borrow.exchangeSameSeries',
      value: true,
      citation: at('22'),
      note: '（6）通过人员交流方式进入事业单位，并拟聘在专业技术岗位的工作人员，相应岗位无空余时可借用同系列上级岗位聘用',
    },
    {
      key: 'posts.interval.shortenable',
      value: true,
      citation: at('23'),
      note: '专业技术三级岗位晋升专业技术二级岗位、引进的高层次人才首次晋升岗位可继续适当缩短间隔要求（22（5）已聘副高的博士后亦同）；缩短多少未写明，按批准的月数',
    },
    {
      key: 'posts.interval.priorContractService',
      value: true,
      citation: at('23'),
      note: '用人单位参照事业单位专业技术岗位聘用管理的合同制及劳务派遣人员通过公开招聘转为在编人员后原聘用资历可予以认可；单位报明原聘用于同一等级的月数',
    },
    {
      key: 'passRate.cap.intermediate',
      value: null,
      citation: at('17'),
      note: '中级职称评审通过率“适当控制”，具体比例由人社部门核定',
    },
    {
      key: 'socialInsurance.minMonths',
      value: null,
      citation: at('14'),
      note: '原文要求审核“一定时期内的缴纳社保情况”，未写明期限，故不设月数；由人社部门按实际规定配置后才作为条件',
    },
    // Quotas counted across applications when filing (items 2, 5, 10).
    {
      key: 'quota.academician-recommendation.perRecommenderPerYear',
      value: 3,
      citation: at('2'),
      note: '每名“两院”院士等顶尖人才每年举荐不超过3名',
    },
    {
      key: 'quota.enterprise-lead-recommendation.perRecommenderPerYear',
      value: 2,
      citation: at('5'),
      note: '企业技术路线总负责人推荐不超过2名',
    },
    ...(
      ['postdoc-innovation-gold-mentor', 'worldskills-gold-coach', 'national-skills-gold-coach'] as const
    ).map((kind) => ({
      key: perAwardKey(kind),
      value: 1,
      citation: at('10'),
      note: '合作导师、指导教师（教练）仅限1人',
    })),
    { key: 'publicity.candidateWorkdays', value: 5, citation: at('16') },
    // 17: 评审结束20个工作日内报送备案；评审工作应在本年度内完成（未规定11月底）；严禁多轮投票表决.
    { key: 'review.filingWorkdays', value: 20, citation: at('17') },
    {
      key: 'review.sessionDeadline',
      value: '12-31',
      citation: at('17'),
      note: '评审工作应在本年度内完成，原则上不允许跨年度开展评审',
    },
    { key: 'vote.secondRound', value: false, citation: at('17'), note: '严禁多轮投票表决' },
  ],
  // #12: the city is not named, so this draft governs no region by place; routing is what-if only.
  routing: [
    { id: 'routing.provincial-crafts', citation: at('12'), tier: 'provincial', series: ['arts-and-crafts'] },
    {
      id: 'routing.provincial-senior',
      citation: at('12'),
      tier: 'provincial',
      specialties: ['信息通信', '通信工程', '知识产权', '科技成果转化'],
      levels: ['senior', 'associate-senior'],
    },
    {
      id: 'routing.provincial-emerging',
      citation: at('12'),
      tier: 'provincial',
      specialties: [
        '数字通信技术',
        '无人机科学与工程',
        '快递工程',
        '安防工程',
        '工业设计',
        '管理科学与工程',
        '机器人科学与工程',
        '数据科学与工程',
      ],
    },
    {
      id: 'routing.provincial-new-arts',
      citation: at('12'),
      tier: 'provincial',
      specialties: ['新文艺群体'],
      levels: ['intermediate', 'assistant', 'entry'],
    },
  ],
  general: [
    ...provisions.general,
    { id: 'not-retired', citation: at('14'), condition: { kind: 'not-retired' } },
    { id: 'one-application-per-year', citation: at('16'), condition: { kind: 'one-application-per-year' } },
    // 23: 除国家或省实行“以考代评”取得职称外，大中专毕业生考核确定的职称，继续作为申报高一级职称依据.
    { id: 'below-title-by-exam', citation: at('23'), condition: { kind: 'below-title-by-exam' } },
    { id: 'social-insurance', citation: at('14'), condition: { kind: 'social-insurance' } },
    {
      id: 'residence',
      citation: at('6'),
      condition: {
        kind: 'residence',
        allowed: ['mainland', 'hk', 'mo', 'tw', 'foreign-permanent', 'foreign-talent-permit'],
      },
    },
  ],
  pathways: [
    ...provisions.pathways,
    greenChannel('green-channel.breakthrough', '绿色通道：重大突破、重大贡献人才', '1', [
      'major-breakthrough',
    ]),
    // 5: 可一次性直接破格申报参评高一级职称 — the next level only …
    greenChannel(
      'green-channel.enterprise-staff',
      '绿色通道：全面振兴新突破突出贡献企业骨干人员破格申报高一级职称',
      '5',
      ['outstanding-contribution-enterprise-staff'],
      [
        {
          id: 'green-channel.enterprise-staff.next-level',
          citation: at('5'),
          condition: { kind: 'target-next-level' },
        },
      ],
    ),
    // … 特别优秀的可直接认定正高级职称.
    greenChannel(
      'green-channel.enterprise-staff-senior',
      '绿色通道：全面振兴新突破突出贡献企业特别优秀骨干人员直接认定正高级职称',
      '5',
      ['outstanding-contribution-enterprise-staff'],
      [
        {
          id: 'green-channel.enterprise-staff-senior.outstanding',
          citation: at('5'),
          condition: { kind: 'achievement', anyOf: ['outstanding-contribution'] },
        },
      ],
      ['senior'],
    ),
    // 8: 由组织选派跨地域来辽工作的专业技术人才可享受柔性人才有关职称倾斜政策 — the green
    // channel being the flexible talents' measure in Liaoning (liaoyang-2023 三).
    greenChannel('green-channel.flexible-talent', '绿色通道：柔性引进人才（含组织选派跨地域来辽人才）', '8', [
      'flexible-talent',
      'cross-region-placement',
    ]),
    {
      // 1: 可直接申报评审高级职称 — a direct application to the regular review, beside the green channel.
      id: 'exceptional.breakthrough',
      pathway: 'exceptional',
      name: '重大突破、重大贡献人才直接申报评审高级职称',
      citation: at('1'),
      appliesTo: { levels: ['associate-senior', 'senior'] },
      standard: 'none',
      conditions: [
        {
          id: 'exceptional.breakthrough.basis',
          citation: at('1'),
          basis: true,
          condition: { kind: 'achievement', anyOf: ['major-breakthrough'] },
        },
      ],
    },
    {
      // 5: 在企业工作的博士、硕士研究生，为经济社会发展做出突出贡献的，可不受学历、资历、
      // 岗位职数限制，经考核直接认定相应级别职称.
      id: 'direct-recognition.enterprise-graduate',
      pathway: 'direct-recognition',
      name: '在企业工作的博士、硕士突出贡献人才直接认定',
      citation: at('5'),
      standard: 'none',
      conditions: [
        {
          id: 'enterprise-graduate.degree',
          citation: at('5'),
          basis: true,
          condition: { kind: 'degree', anyOf: ['doctorate', 'master'] },
        },
        {
          id: 'enterprise-graduate.enterprise',
          citation: at('5'),
          basis: true,
          condition: { kind: 'employer-kind', anyOf: ['state-enterprise', 'private-enterprise'] },
        },
        {
          id: 'enterprise-graduate.contribution',
          citation: at('5'),
          condition: {
            kind: 'achievement',
            anyOf: [
              'outstanding-contribution',
              'major-breakthrough',
              'outstanding-contribution-enterprise-staff',
            ],
          },
        },
      ],
      effects: { directRecognition: true, outsidePostQuota: true },
    },
    {
      id: 'recommendation.academician',
      pathway: 'recommendation',
      name: '举荐制：两院院士等顶尖人才举荐',
      citation: at('2'),
      appliesTo: { levels: ['associate-senior', 'senior'] },
      standard: 'none',
      conditions: [
        {
          // 举荐……与其深耕专业领域一致或相近的本团队、本行业、本系统的业绩成果优秀人才.
          id: 'recommendation.academician',
          citation: at('2'),
          basis: true,
          condition: {
            kind: 'achievement',
            anyOf: ['academician-recommendation'],
            sameOrCloseSpecialty: true,
          },
        },
      ],
    },
    {
      id: 'recommendation.enterprise-lead',
      pathway: 'recommendation',
      name: '举荐制：企业技术路线总负责人推荐',
      citation: at('5'),
      standard: 'none',
      conditions: [
        {
          id: 'recommendation.enterprise-lead',
          citation: at('5'),
          basis: true,
          condition: { kind: 'achievement', anyOf: ['enterprise-lead-recommendation'] },
        },
      ],
    },
    competition('postdoc-innovation-gold', '全国博士后创新创业大赛金奖获得者', 'senior', 4),
    competition('postdoc-innovation-gold-mentor', '全国博士后创新创业大赛金奖合作导师', 'senior', 3),
    competition('worldskills-gold', '世界技能大赛金牌获得者', 'senior', 4),
    competition('worldskills-gold-coach', '世界技能大赛金牌指导教师（教练）', 'senior', 4),
    competition('national-skills-gold', '全国职业技能大赛金牌获得者', 'associate-senior', 7),
    competition('national-skills-gold-coach', '全国职业技能大赛金牌指导教师（教练）', 'senior', 4),
  ],
};
