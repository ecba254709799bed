import type { SetCoverage } from '../../domain/policy/coverage';
import * as city from './city-2023-shared';
import {
  CLOSING_WHY,
  elsewhere,
  encoded,
  ISSUE,
  notARule,
  planned,
  SPECIAL_POST_WHY,
  WHERE,
  WHY,
} from './provisions';

/** Clause coverage of 辽阳市关于做好2023年全市职称工作安排意见的通知 (seeds/001): sections (一)–(十七). */
export const LIAOYANG_2023_COVERAGE: SetCoverage = {
  policy: 'liaoyang-2023',
  clauses: [
    {
      clause: '一',
      heading: '坚持改革激发活力，引导人才积极投入全面振兴新突破三年行动',
      provisions: city.REVITALISATION,
    },
    {
      clause: '二',
      heading: '坚持人才引领驱动，全力支持打造国家重要的人才中心和创新高地',
      provisions: [
        city.TALENT_STRATEGY,
        city.ENGINEER_TEAM,
        notARule('支持辽宁实验室建设，实现创新平台水平和能级“跨越式提升”', '工作方针，无具体可执行条件'),
        encoded(
          '国家重点实验室、国家技术创新中心、科技领军企业、行业龙头企业可推荐本单位技术负责人直接评定相应级别职称',
          ['recommendation.enterprise-lead'],
        ),
        ...city.POSTDOC,
        elsewhere('鼓励通过设置特设岗位引进基础研究领域高层次人才', WHERE.postPlanSteps, SPECIAL_POST_WHY),
      ],
    },
    {
      clause: '三',
      heading: '坚持创新驱动发展，推动“三链”深度融合赋能全面振兴新突破',
      provisions: [
        notARule(
          '鼓励高校、科研院所高层次人才与项目、技术对接，促进科技成果转移转化',
          '工作方针，无具体可执行条件',
        ),
        notARule(
          '关键技术在辽应用、科技成果在辽转化、哲学社会科学服务在辽体现的，同等条件下在职称评定中适当倾斜',
          '“同等条件下适当倾斜”由评委会裁量，无可检查的条件',
        ),
        encoded('支持柔性引进人才参加职称评审，符合条件的纳入评审“绿色通道”', [
          'green-channel.flexible-talent',
          'green-channel.flexible-talent.basis',
        ]),
        elsewhere(
          '鼓励对企业人才单独分组、单独评审、单独确定通过率',
          WHERE.sessionResults,
          '单独评价的申报自成通过率分组；分组由办事机构设立评审会议时安排',
        ),
      ],
    },
    {
      clause: '四',
      heading: '坚持服务央省地合作，凝聚人才第一资源促进共赢高质量融合发展',
      provisions: [
        notARule(
          '驻辽中省直企事业单位优化流程、减少证明材料，畅通申报和考试渠道，做好委托评审',
          '服务措施，无具体可执行条件',
        ),
        notARule(
          '评委会与驻辽央省企建立常态化联络服务机制，开展专项评审或纳入“直通车”',
          '服务措施，无具体可执行条件',
        ),
        elsewhere(
          '顶尖人才组建研发团队，根据核心成员业绩单独设立专业技术岗位，自主选人用人、自主评聘',
          WHERE.postPlanSteps,
          `单独设岗按特设岗位办理，人选由单位按聘用流程自主确定。${SPECIAL_POST_WHY}`,
        ),
        encoded(
          '继续加强高技能人才融合贯通发展，支持对高技能人才单独分组、单独评审',
          ['skills-bridge', 'skills-bridge.skill-level', 'skills-bridge.frontline'],
          '贯通途径的效果为单独评价，评审时自成通过率分组',
        ),
        encoded('为符合条件的高技能领军人才开辟评审“绿色通道”', [
          'green-channel.high-skill-leader',
          'green-channel.high-skill-leader.basis',
        ]),
        notARule(
          '落实职业技能大赛获奖选手、指导教师职称政策',
          '要求落实既有政策，获奖者取得何种职称的条件不在本文件中（不能借用2025年征求意见稿第10项，征求意见稿未经通过不适用）',
        ),
      ],
    },
    {
      clause: '五',
      heading: '坚持面向经济主战场，常态化提供民营企业职称评审“直通车”服务',
      provisions: city.THROUGH_TRAIN,
    },
    {
      clause: '六',
      heading: '坚持强基层固基本，持续助力实施乡村振兴战略促进基层人才队伍建设',
      provisions: [
        ...city.GRASSROOTS,
        elsewhere(
          '到县以下基层单位就业、招聘为事业单位正式工作人员的高校毕业生，可按规定提前转正定级',
          WHERE.appointmentGuards,
          '转正定级（regularisation）的守卫只查方案、空余岗位和最低等级，不设见习期长短的限制：按规定提前转正的，单位随时申请即可',
        ),
      ],
    },
    {
      clause: '七',
      heading: '坚持体制机制创新，优化服务完善措施最大程度引才育才用才',
      provisions: [
        city.OVERSEAS_TEAMS,
        city.RESEARCH_TEAM_GREEN_CHANNEL,
        elsewhere(
          '用人单位及时组织聘任，无相应职称的实行先聘后评',
          WHERE.appointmentDeadlines,
          '引进人才可先聘后评（posts.appointment.title-for-level，写明取得职称期限）；备案后期限存为到期任务，取得职称即撤销，逾期通知单位和人社部门',
        ),
        city.ONE_STEP,
      ],
    },
    {
      clause: '八',
      heading: '坚持问题导向，认真做好职称改革总结评估宣传提升',
      provisions: [
        notARule('总结五年来职称制度成果，优化宣传方式，扩大政策知晓度', '宣传工作，不是系统规则'),
        notARule('评估改革成效，研究解决矛盾问题，强化监管和服务', '工作方针，无具体可执行条件'),
      ],
    },
    {
      clause: '九',
      heading: '持续推进人才分类评价机制改革',
      provisions: [
        notARule(
          '跟进省直部门修订评审标准，细化我市评审标准条件并设定施行日期或过渡期',
          '评审标准文本由评委会和行业主管部门制定',
        ),
        notARule(
          '卫生、工程、艺术、中小学教师等系列不将论文作为主要评价指标，不设论文数量、影响因子等硬性要求；逐步推广代表性成果',
          '规则库不设任何论文数量或影响因子条件；评价指标属评审标准，由专家评议',
        ),
        ...city.STANDARDS,
      ],
    },
    {
      clause: '十',
      heading: '充分发挥用人单位主体作用',
      provisions: [
        elsewhere(
          '向用人主体充分授权，鼓励符合条件的单位按规定程序开展自主评审',
          WHERE.committeeRegistry,
          '自主评审单位在评委会目录中登记核准',
        ),
        notARule(
          '鼓励同行评价、技能竞赛、揭榜挂帅、服务对象评价等多元评价方法',
          '评价方法的倡导，无可检查的条件',
        ),
        ...city.UNIT_DUTY,
      ],
    },
    {
      clause: '十一',
      heading: '强化职称评审规范化建设',
      provisions: [
        ...city.APPLICATION,
        elsewhere(
          '各县（市）区人社部门、各评委会办事机构严格做好资格审核',
          WHERE.transitions,
          '工作流程含主管部门、人社部门审核和办事机构受理审核',
        ),
        ...city.PROCEDURE,
        elsewhere(
          '加强专家库建设，办事机构按权限筛选评审专家，实现动态管理',
          WHERE.experts,
          '专家库及入库、任期管理；遴选标准由办事机构把握',
        ),
        notARule(
          '积极吸纳民营企业高技术水平、实践经验丰富的专家进入评委库',
          '倡导性措施；专家记录可标注民营企业',
        ),
        encoded('各评委会调整专家库应在6月30日前完成', ['pool.changeDeadline']),
        elsewhere(
          '未纳入评委库的人员一律不得参加评委会的评审工作',
          WHERE.sessionDraw,
          '评审专家只从本年度专家库抽取',
        ),
        ...city.DISCIPLINE,
      ],
    },
    {
      clause: '十二',
      heading: '持续推进职称信息化改革',
      provisions: [
        planned(
          '组织用人单位做好所属专业技术人员职称信息的登记工作',
          ISSUE.accounts,
          '用人单位账户及其人员名册登记待账户管理建设',
        ),
        elsewhere('加快实现职称评审结果全国查询验证', WHERE.certificateVerifier, '证书按编号公开核验'),
        elsewhere(
          '做好职称评审历史信息归集、整理和报送，6月底前完成2022年及以前数据的批量导入',
          WHERE.titleImport,
        ),
        elsewhere(
          '强化数据运用本领和数据安全防范能力，严防信息泄露',
          WHERE.fieldCipher,
          '身份证号等个人信息以SM4加密存储并脱敏显示',
        ),
      ],
    },
    {
      clause: '十三',
      heading: '优化完善职称评审监管服务',
      provisions: [
        ...city.SERVICE,
        elsewhere('对职称评委会实行动态管理，对不符合要求的建立退出机制', WHERE.committeeRegistry),
        planned(
          '加强备案管理、巡视巡查、信息公开、数据监测等工作',
          ISSUE.supervision,
          '监管与统计监测模块尚未建设',
        ),
        elsewhere('畅通投诉举报渠道，主动接受社会监督', WHERE.complaints),
        notARule('加强政策学习和调查研究，与专项行动有效衔接', '工作要求，不是系统规则'),
      ],
    },
    {
      clause: '十四',
      heading: '发挥好专业技术岗位设置的激励作用',
      provisions: [
        elsewhere(
          '按规定根据人才队伍建设需要动态调整三类岗位结构比例',
          WHERE.postPlanSteps,
          '调整即单位报送新的方案版本，三类岗位总量和结构比例经 checkPlan 检查，主管部门审核、人社部门核准后自生效日起取代现行版本',
        ),
        elsewhere(
          '承担关键核心技术攻关的高层次人才可自行组建团队，单独设岗、自主选人用人、自主评聘',
          WHERE.postPlanSteps,
          `单独设岗按特设岗位办理，人选由单位按聘用流程自主确定。${SPECIAL_POST_WHY}`,
        ),
        elsewhere(
          '国家重点实验室、技术创新中心等引进的人才可采取特设岗位等方式直接评聘到相应岗位',
          WHERE.postPlanSteps,
          SPECIAL_POST_WHY,
        ),
      ],
    },
    {
      clause: '十五',
      heading: '严格规范专业技术岗位聘用',
      provisions: [
        ...city.POST_APPOINTMENT,
        elsewhere(
          '按标准条件和单位专业技术二级岗位数额自行组织评定，并报省人社厅备案',
          WHERE.gradeFilings,
          '岗位评定备案：参评人数不超过二级岗位空余数额、现聘三级、正高级职称，省人社厅核准后方可聘用（posts.appointment.grade-filing）',
        ),
      ],
    },
    {
      clause: '十六',
      heading: '确保考试安全和程序规范',
      provisions: [
        notARule('按考务工作规程做好考试工作，确保考试安全', WHY.exam),
        notARule('落实职业资格考试报名证明事项告知承诺制，依法依规核查', WHY.exam),
        notARule('加强考试监督巡视和考风考纪，对考试违纪违规行为严肃处理', WHY.exam),
      ],
    },
    {
      clause: '十七',
      heading: '认真落实职业资格目录',
      provisions: [
        planned(
          '严格落实2021年版《国家职业资格目录》，清单式管理，严禁在目录之外许可和认定职业资格',
          ISSUE.qualifications,
          '职业资格目录及其校验尚未建设',
        ),
        notARule('落实降低或取消部分准入类职业资格考试工作年限要求', WHY.exam),
        notARule('开展“山寨证书”常态化治理、打击“挂证”', '执法治理工作，不是系统规则'),
        elsewhere(
          '改进服务方式，推进证书发放、查验便利化',
          WHERE.certificateVerifier,
          '电子证书可扫码公开核验',
        ),
      ],
    },
    {
      clause: '结语',
      heading: '未提及事项按现行国家和我省职称政策执行',
      provisions: [
        elsewhere(
          '本意见未提及的职称工作政策问题，按现行国家和我省职称工作的相关政策执行',
          { file: 'src/policies/liaoning/liaoyang-2023.policy.ts', symbol: 'LIAOYANG_2023' },
          CLOSING_WHY,
        ),
      ],
    },
  ],
};
