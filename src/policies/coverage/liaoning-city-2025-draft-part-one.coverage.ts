import type { ClauseCoverage } from '../../domain/policy/coverage';
import { elsewhere, encoded, notARule, SPECIAL_POST_WHY, WHERE, WHY } from './provisions';

/** liaoning-city-2025-draft part 一 (推进人才评价创新, items 1–10), item by item. */
export const LIAONING_CITY_2025_DRAFT_PART_ONE: readonly ClauseCoverage[] = [
  {
    clause: '1',
    heading: '评价赋能产业基地集群建设，重大突破人才直接申报高级职称',
    provisions: [
      notARule(
        '聚焦产业基地和重点产业集群，加强战略性新兴产业专业技术人才队伍建设',
        '工作方针，无具体可执行条件',
      ),
      encoded(
        '取得重大基础研究和前沿技术突破、解决重大工程技术难题、作出重大贡献的专业技术人才可直接申报评审高级职称',
        ['exceptional.breakthrough', 'exceptional.breakthrough.basis'],
      ),
      encoded('上述人才并可通过“绿色通道”予以评定', [
        'green-channel.breakthrough',
        'green-channel.breakthrough.basis',
      ]),
    ],
  },
  {
    clause: '2',
    heading: '高层次人才自主组建团队，院士等顶尖人才举荐',
    provisions: [
      elsewhere(
        '承担关键核心技术攻关的高层次人才可自行组建研发团队，单独设岗、自主选人用人、自主评聘',
        WHERE.postPlanSteps,
        `单独设岗按特设岗位办理（国人部发〔2006〕70号，不依赖本征求意见稿），人选由单位按聘用流程自主确定。${SPECIAL_POST_WHY}`,
      ),
      encoded('“两院”院士等顶尖人才可举荐本专业领域的业绩成果优秀人才直接申报高级职称', [
        'recommendation.academician',
      ]),
      encoded(
        '每名顶尖人才每年举荐不超过3名',
        ['quota.academician-recommendation.perRecommenderPerYear'],
        '申报提交时按举荐人跨申报计数',
      ),
      encoded(
        '被举荐人须与举荐人深耕专业领域一致或相近，且属本团队、本行业、本系统',
        ['recommendation.academician'],
        '举荐材料声明被举荐人不在举荐人专业领域的，不符合；未声明的由评委会办事机构审核举荐材料',
      ),
      elsewhere(
        '对新入选国家级领军人才、国家级重大项目团队、国家级重大科研平台加大特设岗位保障',
        WHERE.postPlanSteps,
        `特设岗位为国人部发〔2006〕70号所设，不依赖本征求意见稿。${SPECIAL_POST_WHY}`,
      ),
    ],
  },
  {
    clause: '3',
    heading: '服务国资国企改革，支持省属国企自主评审',
    provisions: [
      elsewhere(
        '支持人才密集、创新能力突出的省属国有企业自主开展职称评审，健全职称评价体系',
        WHERE.committeeRegistry,
        '自主评审单位在评委会目录中登记核准',
      ),
    ],
  },
  {
    clause: '4',
    heading: '民营企业职称评审“直通车”“三专”行动',
    provisions: [
      encoded('创新组织实施民营企业职称评审“直通车”：头部企业评审专车、中小科技企业服务专场', [
        'through-train',
        'through-train.private-enterprise',
      ]),
      elsewhere(
        '直通车专场单独评价、一年多评（不受年度例会期限限制）',
        WHERE.throughTrainSessions,
        '直通车申报只进直通车专场，专场可在申报年度内随时举行',
      ),
      encoded('“三专”行动之技术技能人才贯通专线', [
        'skills-bridge',
        'skills-bridge.skill-level',
        'skills-bridge.frontline',
      ]),
      notARule(
        '创新能力、实效、质量突出的企业和个人持续享受相应的职称评审优惠政策',
        '“优惠政策”未具体规定，无可检查的条件',
      ),
    ],
  },
  {
    clause: '5',
    heading: '突出贡献企业骨干绿色通道、企业举荐制、企业博士硕士直接认定',
    provisions: [
      encoded('获评“全面振兴新突破突出贡献企业”的骨干人员纳入“绿色通道”，可一次性直接破格申报高一级职称', [
        'green-channel.enterprise-staff',
        'green-channel.enterprise-staff.basis',
        'green-channel.enterprise-staff.next-level',
      ]),
      encoded('其中特别优秀的可直接认定正高级职称', [
        'green-channel.enterprise-staff-senior',
        'green-channel.enterprise-staff-senior.basis',
        'green-channel.enterprise-staff-senior.outstanding',
      ]),
      encoded(
        '设有国家级重大科研平台的科技领军企业或行业龙头企业试行“举荐制”，由技术路线总负责人推荐直接评定',
        ['recommendation.enterprise-lead'],
      ),
      encoded(
        '技术路线总负责人推荐不超过2名本企业专业技术人员',
        ['quota.enterprise-lead-recommendation.perRecommenderPerYear'],
        '申报提交时按推荐人跨申报计数',
      ),
      encoded(
        '在企业工作的博士、硕士研究生为经济社会发展做出突出贡献的，不受学历、资历、岗位职数限制，经考核直接认定',
        [
          'direct-recognition.enterprise-graduate',
          'enterprise-graduate.degree',
          'enterprise-graduate.enterprise',
          'enterprise-graduate.contribution',
        ],
      ),
    ],
  },
  {
    clause: '6',
    heading: '外籍人员和港澳台专业技术人员评审职称',
    provisions: [
      encoded(
        '持外国人永久居留证或海外高层次人才居住证的外籍人员可评审职称，在我市就业的港澳台专业技术人员参照执行',
        ['residence'],
      ),
      notARule('除涉及国家主权、安全的行业外，允许外籍和境外人才参加专业技术职业资格考试', WHY.exam),
    ],
  },
  {
    clause: '7',
    heading: '专家人才服务基层',
    provisions: [
      notARule(
        '服务基层期间原单位岗位保留不变，对取得显著成绩的在评聘方面适当倾斜',
        '“适当倾斜”由用人单位裁量，无可检查的条件',
      ),
      encoded(
        '卫生健康、中小学教育行业专业技术人员晋升高级职称须满足基层服务的有关条件',
        [
          'grassroots-service.health',
          'grassroots-service.primary-secondary-teacher',
          'grassroots.serviceMonths.health',
          'grassroots.serviceMonths.primary-secondary-teacher',
        ],
        '“有关条件”即国家规定的累计1年基层服务',
      ),
      notARule('支持城市专业技术人才定期服务乡村', '倡导性措施，无可检查的条件'),
    ],
  },
  {
    clause: '8',
    heading: '企业科技特派员、养老服务人才和跨地域来辽人才',
    provisions: [
      notARule(
        '企业科技特派员服务期间的技术创新、专利、成果转化等业绩可作为评审重要内容，用人单位评聘时优先考虑',
        '业绩的评价由专家评议，“优先考虑”由用人单位裁量',
      ),
      notARule(
        '支持养老服务机构专业人才按规定申报评审职称，鼓励参加社会工作者职业资格评价',
        '按一般规定申报，规则库对其不设额外限制；资格评价属考试',
      ),
      encoded(
        '由组织选派跨地域来辽工作的专业技术人才可享受柔性人才有关职称倾斜政策',
        ['green-channel.flexible-talent', 'green-channel.flexible-talent.basis'],
        '柔性人才的倾斜政策即绿色通道',
      ),
    ],
  },
  {
    clause: '9',
    heading: '职称评定“绿色通道”程序',
    provisions: [
      encoded('绿色通道须经个人申请、用人单位书面全面考察报告、2名正高级职称同行专家书面推荐', [
        'green-channel.recommendations',
      ]),
      elsewhere('按规定逐级推荐至相应高级评委会办事机构', WHERE.transitions),
      elsewhere(
        '办事机构商省人社部门同意后，遴选3名资深正高级评审专家审议，一致同意的即可认定高级职称',
        WHERE.greenChannelExperts,
        '绿色通道评议组须为3名专家且全体同意方可通过；与省人社部门的商议在线下完成',
      ),
    ],
  },
  {
    clause: '10',
    heading: '博士后和技能大赛获奖者直接认定',
    provisions: [
      encoded(
        '全国博士后创新创业大赛金奖获得者直接认定正高级职称，聘任专业技术四级岗位，不受岗位结构比例限制',
        ['direct-recognition.postdoc-innovation-gold', 'competition.postdoc-innovation-gold'],
      ),
      encoded('金奖合作导师（限1人）直接认定正高级职称，聘任专业技术三级岗位，不受岗位结构比例限制', [
        'direct-recognition.postdoc-innovation-gold-mentor',
        'competition.postdoc-innovation-gold-mentor',
        'quota.postdoc-innovation-gold-mentor.perAward',
      ]),
      encoded(
        '新招聘的期满出站博士后可直接认定副高级职称，首次聘用不受单位岗位结构比例限制',
        ['direct-recognition.postdoc', 'postdoc', 'postdoc.newly-recruited', 'postdoc.newlyRecruitedMonths'],
        '“新招聘”未规定期限，按可调整的默认月数判定',
      ),
      encoded('世界技能大赛金牌获得者、指导教师（限1人）直接认定正高级职称，聘任专业技术四级岗位', [
        'direct-recognition.worldskills-gold',
        'competition.worldskills-gold',
        'direct-recognition.worldskills-gold-coach',
        'competition.worldskills-gold-coach',
        'quota.worldskills-gold-coach.perAward',
      ]),
      encoded(
        '全国职业技能大赛金牌获得者直接认定副高级职称、聘任七级岗位；指导教师（限1人）直接认定正高级、聘任四级岗位',
        [
          'direct-recognition.national-skills-gold',
          'competition.national-skills-gold',
          'direct-recognition.national-skills-gold-coach',
          'competition.national-skills-gold-coach',
          'quota.national-skills-gold-coach.perAward',
        ],
      ),
    ],
  },
];
