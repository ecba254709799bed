import type { SetCoverage } from '../../domain/policy/coverage';
import { LIAONING_CITY_2025_DRAFT_PART_ONE } from './liaoning-city-2025-draft-part-one.coverage';
import {
  CLOSING_WHY,
  draftPostWhy,
  elsewhere,
  encoded,
  ISSUE,
  notARule,
  planned,
  WHERE,
  WHY,
} from './provisions';

/** Clause coverage of 2025年全市职称工作安排意见（征求意见稿）(seeds/002): items 1–24. */
export const LIAONING_CITY_2025_DRAFT_COVERAGE: SetCoverage = {
  policy: 'liaoning-city-2025-draft',
  clauses: [
    ...LIAONING_CITY_2025_DRAFT_PART_ONE,
    {
      clause: '11',
      heading: '优化评价指标体系，规范评审制度制定',
      provisions: [
        notARule(
          '建立体现师德师风、医德医风、创新能力、质量、实效、贡献的多维度评价指标体系，推行“代表性”成果制度',
          '评价指标属评审标准，由专家评议',
        ),
        notARule(
          '评委会制定、修订评审制度遵照行业主管部门意见，做好风险评估，规范履行程序',
          '制度制定工作，不是系统规则',
        ),
      ],
    },
    {
      clause: '12',
      heading: '继续由省级评委会组织评审的系列和专业',
      provisions: [
        encoded('工艺美术系列高中初级职称由省级评委会组织评审', ['routing.provincial-crafts']),
        encoded('信息通信行业、知识产权、科技成果转化高级职称由省级评委会组织评审', [
          'routing.provincial-senior',
        ]),
        encoded('数字通信技术、无人机科学与工程等新兴专业高中初级职称由省级评委会组织评审', [
          'routing.provincial-emerging',
        ]),
        encoded('新文艺群体相关专业中初级职称由省级评委会组织评审', ['routing.provincial-new-arts']),
      ],
    },
    {
      clause: '13',
      heading: '评委会目录清单式管理',
      provisions: [
        elsewhere(
          '全面梳理各级各类评委会，实行目录清单式管理，由省、市级人社部门分别制定评委会清单',
          WHERE.committeeRegistry,
        ),
      ],
    },
    {
      clause: '14',
      heading: '加强申报与专家管理',
      provisions: [
        encoded('坚持“谁推荐、谁审核”，申报人员一般应在本人人事（劳动）关系所在单位申报', ['has-employer']),
        encoded(
          '加强对一定时期内缴纳社保情况的审核',
          ['social-insurance', 'socialInsurance.minMonths'],
          '原文未写明期限，由人社部门配置月数后才作为条件',
        ),
        encoded('退休人员不得申报参加职称评审', ['not-retired']),
        planned(
          '委托其他评委会代评的，须由相应人社部门履行审核委托程序',
          ISSUE.supervision,
          '委托代评的审核委托尚未建模（申报记录仅有“委托”标志）',
        ),
        elsewhere('继续落实“个人、单位双承诺制”', WHERE.commitments),
        planned(
          '论文作为评审指标的，通过国家新闻出版署网站查询期刊信息，并在知网、万方、维普检索本人论文',
          ISSUE.supervision,
          '论文查询来源和结果的记录尚未建设；检索本身须对接外部数据库',
        ),
        elsewhere('高标准遴选评审专家，统筹建设、动态管理、充分利用省级行业评审专家库', WHERE.experts),
        elsewhere(
          '严格执行评审专家“回避”制度',
          WHERE.recusal,
          '抽取时自动回避同单位、曾同单位、申报材料提及和申报的关系',
        ),
        notARule('积极推广使用全省职称评审管理信息系统', '推广要求，不是系统规则'),
      ],
    },
    {
      clause: '15',
      heading: '加强审核规范程序',
      provisions: [
        elsewhere(
          '市级及以下单位的申报须经相应市、县（市）区人社部门审核盖章后提交评委会',
          WHERE.transitions,
          '流程含主管部门审核和人社部门审核两步',
        ),
        elsewhere('省属单位的申报由省直主管部门审核盖章后提交评委会', WHERE.transitions),
        elsewhere(
          '自主评审单位非评审权限范围内的申报按前述规定执行',
          WHERE.routeToCommittee,
          '只有核准评审范围覆盖该申报的评委会才能受理',
        ),
        elsewhere('签订劳动合同人员按用人单位职称管理权限履行逐级推荐程序', WHERE.transitions),
        elsewhere(
          '劳务派遣人员由派遣单位与用工单位“双审核、双盖章、双公示”，公示时间不一致的以结束较晚的为准',
          WHERE.guards,
          '守卫 both-publicities-ended：两处公示均结束方可审核通过',
        ),
        planned(
          '省属高校（含民办）劳务派遣人员由高校提交本校评委会或省属其他评委会',
          ISSUE.supervision,
          '派遣人员按用工高校分派评委会的规则尚未建模',
        ),
      ],
    },
    {
      clause: '16',
      heading: '加强公开强化考察',
      provisions: [
        elsewhere(
          '评审机构公布申报条件、评审标准和方式、受理时间地点等事项',
          WHERE.selfCheck,
          '申报条件公开可查并可自测；受理时间地点由办事机构另行公布',
        ),
        elsewhere('评委会办事机构不得接受申报人员个人直接申报', WHERE.blocking),
        encoded('每名专业技术人员同一年度只能申报一次职称，且只能申报一个系列（专业）', [
          'one-application-per-year',
        ]),
        encoded('海外归国、党政机关交流、部队转业安置人员可一次性享受“一步到位”', [
          'one-step',
          'one-step.eligible-group',
          'one-step.placed',
          'one-step.once',
        ]),
        elsewhere('加强对劳动合同、劳务派遣协议审查', WHERE.transitions, '派遣人员须经派遣单位审核'),
        encoded('评委会办事机构可对正式参评人员进行不少于5个工作日的公示', ['publicity.candidateWorkdays']),
        notARule('关注评审舆情，积极正面回应，确保评审安全和质量', '工作要求，不是系统规则'),
      ],
    },
    {
      clause: '17',
      heading: '加强组织严格评审',
      provisions: [
        elsewhere('严格按照核准备案的评审范围、专业领域、评审层级组织评审', WHERE.committeeMaySit),
        encoded('实行“评聘分开”系列的高级职称评审通过率原则上不超过50%', [
          'passRate.cap.senior',
          'passRate.cap.associate-senior',
        ]),
        encoded(
          '中级职称评审通过率适当控制',
          ['passRate.cap.intermediate'],
          '比例由人社部门核定，未定时不设上限',
        ),
        elsewhere(
          '实行“评聘结合”的原则上应在岗位结构比例内开展评审或按比例推荐',
          WHERE.combinedRecommendation,
          draftPostWhy('事业单位推荐上报时，该层级已推荐在评人数不得达到其空余岗位数'),
        ),
        encoded('评审结果公示期不少于5个工作日', ['publicity.resultWorkdays']),
        elsewhere(
          '公示期间经调查核实撤销职称的，不再递补通过人员',
          WHERE.transitions,
          '撤销只改变该申报的状态，不递补',
        ),
        encoded('公示无异议的应在评审结束20个工作日内报送备案后正式发文公布', ['review.filingWorkdays']),
        encoded('评审工作应在本年度内完成，原则上不允许跨年度评审', ['review.sessionDeadline']),
        planned(
          '主动接受纪检监察监督，建立“评前先期汇报、全程接受监督、评后及时报备”机制',
          ISSUE.supervision,
          WHY.supervision,
        ),
        elsewhere(
          '实行“评聘结合”的事业单位应及时落实聘任工作',
          WHERE.appointmentProposals,
          draftPostWhy('与2023年两市同条一样：评聘结合系列的职称发文公布时，为其单位生成聘用草稿'),
        ),
        elsewhere('评审机构对评审会议全过程记录', WHERE.auditLog, '会议的每一步写入哈希链审计日志'),
        elsewhere('任何机构和个人不得擅自更改评委会投票结果', WHERE.resultsIntegrity),
        encoded('严禁多轮投票表决', ['vote.secondRound']),
        elsewhere('评定表由评委会办事机构、用人单位（人事档案）、个人各持一份', WHERE.evaluationForm),
        elsewhere('持续规范做好职称评审历史信息归集、整理、上报', WHERE.titleImport),
        elsewhere('设立发放、补换证书台账，全面登记相关信息，做好存档备查', WHERE.certificateLedger),
      ],
    },
    {
      clause: '18',
      heading: '推进职称评审监管制度化、规范化',
      provisions: [
        planned(
          '落实《职称评审监管暂行办法》，聚焦申报人、评审专家、工作人员3类人群和评审单位、申报人所在单位2类单位',
          ISSUE.supervision,
          WHY.supervision,
        ),
      ],
    },
    {
      clause: '19',
      heading: '分级分类全面监管',
      provisions: [
        planned(
          '省、市、县各级人社部门和行业主管部门按管理权限分级监管评委会和自主评审单位',
          ISSUE.supervision,
          WHY.supervision,
        ),
        planned('采取抽查、巡查、重点督查，探索开展评委会质量评估', ISSUE.supervision, WHY.supervision),
        elsewhere(
          '对问题评委会可暂停或收回评审权',
          WHERE.committeeRegistry,
          '评委会可被暂停或撤销并记录理由',
        ),
      ],
    },
    {
      clause: '20',
      heading: '职称评审环境专项整治',
      provisions: [
        notARule(
          '会同公安、网信、市场监管等部门专项整治，依法查处中介等社会机构违法违规行为',
          '执法行为由相关部门实施',
        ),
        notARule(
          '各监管部门按职责确保监管措施落实，对查实的违规违纪违法行为严肃处理',
          '处理由监管部门依规作出；诚信记录见诚信档案库',
        ),
      ],
    },
    {
      clause: '21',
      heading: '岗位设置调整',
      provisions: [
        elsewhere(
          '市直、各县（市）区按规定及时申请岗位设置调整',
          WHERE.postPlanSteps,
          '调整即单位报送新的方案版本，经 checkPlan 检查、主管部门审核、人社部门核准后取代现行版本（不依赖本征求意见稿）',
        ),
        notARule(
          '新增博士点、硕士点的高校按规定优化调整专业技术岗位结构比例',
          '系统不记录高校学位点的增设，调整与否由高校判断；调整本身按新的方案版本报批（见上条）',
        ),
      ],
    },
    {
      clause: '22',
      heading: '优化岗位聘用',
      provisions: [
        elsewhere(
          '在岗位比例限额内择优聘任',
          WHERE.appointmentGuards,
          draftPostWhy('方案须合结构比例（checkPlan），聘用须有空余岗位（posts.appointment.vacancy）'),
        ),
        elsewhere(
          '（1）没有空余岗位的新增人员原则上不得聘用到专业技术岗位；逐级聘任；首次聘任上一层级或新调入的聘到最低等级',
          WHERE.appointmentGuards,
          draftPostWhy('新增人员无空余、逐级、最低等级三项守卫以第22条（1）为据'),
        ),
        elsewhere(
          '（2）核定的岗位等级数额均已聘满的，可向高级别岗位借用空余岗位',
          WHERE.appointmentGuards,
          draftPostWhy('posts.borrow.higherVacancy：本层级各等级均聘满时可借用高级别空余岗位'),
        ),
        elsewhere(
          '（3）需转正定级的可适当超出本单位相应级别岗位数聘用',
          WHERE.appointmentGuards,
          draftPostWhy('posts.regularisation.mayExceedQuota：转正定级不受空余岗位限制'),
        ),
        elsewhere(
          '（4）管理、工勤岗位人员转聘专业技术岗位须具备相应资格和空余岗位，首次聘用到最低等级',
          WHERE.appointmentGuards,
          draftPostWhy('转聘方案、职称、空余岗位和最低等级守卫以第22条（4）为据'),
        ),
        elsewhere(
          '（5）已聘副高级岗位的博士后成绩特别优秀的，聘用正高级的时间可适当缩短',
          WHERE.appointmentGuards,
          draftPostWhy(
            '没有任何政策层规定副高级岗位聘满多久方可聘用正高级岗位，晋升上一层级只查正高级职称和空余岗位，故无可缩短之时限；日后某层规定时，posts.interval.shortenable 即其开关',
          ),
        ),
        elsewhere(
          '（6）通过人员交流进入事业单位的，相应岗位无空余时可借用同系列上级岗位聘用',
          WHERE.appointmentGuards,
          draftPostWhy('posts.borrow.exchangeSameSeries：交流进入人员可借用同系列上级岗位'),
        ),
      ],
    },
    {
      clause: '23',
      heading: '专业技术二级岗位评定和等级晋升',
      provisions: [
        elsewhere(
          '严格执行二级岗位评定标准，健全评前沟通、评后报告、备案核准机制',
          WHERE.gradeFilings,
          draftPostWhy(
            '二级岗位须经评前沟通、评后报告、备案核准（岗位评定备案），聘用守卫 posts.appointment.grade-filing 要求已核准的备案',
          ),
        ),
        elsewhere(
          '层级内等级晋升满足间隔时限；三级晋二级、引进高层次人才首次晋升可适当缩短间隔',
          WHERE.appointmentGuards,
          draftPostWhy('间隔时限守卫照常适用，posts.interval.shortenable：单位所报经批准的缩短月数予以计算'),
        ),
        elsewhere(
          '合同制及劳务派遣人员通过公开招聘转为在编后，原聘用资历可予认可',
          WHERE.appointmentGuards,
          draftPostWhy(
            '间隔时限守卫计入单位所报原聘用于同一等级的月数（priorContractServiceMonths，posts.interval.priorContractService）',
          ),
        ),
        elsewhere(
          '大中专毕业生考核确定的职称，继续作为申报高一级职称或聘任相应岗位的依据',
          WHERE.basicStandard,
          '任何途径取得的下一级职称（含考核认定）均计入任职年限',
        ),
        encoded('国家或省实行“以考代评”的层级，考核确定的职称不作为申报高一级职称的依据', [
          'below-title-by-exam',
        ]),
      ],
    },
    {
      clause: '24',
      heading: '全面落实职业资格制度',
      provisions: [
        notARule('严格按照考务工作规程规范考务，排查考试风险和安全隐患', WHY.exam),
        notARule('落实职业资格考试报名证明事项告知承诺规定，严肃考风考纪', WHY.exam),
        planned(
          '落实2021年版《国家职业资格目录》及工作要求',
          ISSUE.qualifications,
          '职业资格目录及其校验尚未建设',
        ),
        notARule(
          '开展“山寨证书”常态化治理、打击“挂证”，做好职业资格证书管理和发放',
          '治理工作和资格证书发放属考试机构，不在本系统范围',
        ),
      ],
    },
    {
      clause: '结语',
      heading: '未提及事项按现行国家和我省、我市职称政策执行',
      provisions: [
        elsewhere(
          '本意见未提及的职称工作政策问题，按现行国家和我省、我市职称工作的相关政策执行',
          {
            file: 'src/policies/liaoning/liaoning-city-2025-draft.policy.ts',
            symbol: 'LIAONING_CITY_2025_DRAFT',
          },
          CLOSING_WHY,
        ),
      ],
    },
  ],
};
