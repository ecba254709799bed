import type { Provision } from '../../domain/policy/coverage';
import { elsewhere, encoded, ISSUE, notARule, planned, SPECIAL_POST_WHY, WHERE } from './provisions';

/**
 * Passages anshan-2023 and liaoyang-2023 word alike (the two 2023 city documents share most
 * of their text, and their layers share `cityProvisions`), so both maps state them once.
 */

/** anshan 一 / liaoyang 一. */
export const REVITALISATION: readonly Provision[] = [
  notARule(
    '各评委会将参与三年行动重大项目、重点工程、重要工作的表现作为评审重要内容，增加其在评价指标中的权重',
    '评价指标及权重由评委会在评审标准中确定，属专家评议内容，系统不判定',
  ),
  notARule(
    '经用人单位考察表现突出的，同等条件下优先申报、优先聘任',
    '“同等条件下优先”由用人单位和评委会裁量，无可检查的条件',
  ),
  encoded(
    '取得重大成果突破、解决重大工程技术难题、做出突出贡献的优秀人才，不受学历、资历、岗位职数限制，经考核直接认定相应级别职称',
    ['direct-recognition.major-breakthrough', 'major-breakthrough'],
  ),
  elsewhere(
    '对为三年行动项目工程提供技术保障的事业单位团队，鼓励设置特设岗位予以支持',
    WHERE.postPlanSteps,
    SPECIAL_POST_WHY,
  ),
];

export const ENGINEER_TEAM = encoded(
  '围绕重点科研攻关和重大科研课题建立的卓越工程师团队，其成员可根据业绩、能力和贡献直接参评相应级别职称',
  ['exceptional.engineer-team', 'engineer-team'],
);

export const POSTDOC: readonly Provision[] = [
  encoded('期满出站的博士后由相应高级评委会办事机构直接认定副高级职称', [
    'direct-recognition.postdoc',
    'postdoc',
  ]),
  encoded(
    '出站博士后首次聘用不受所在事业单位专业技术岗位结构比例限制',
    ['direct-recognition.postdoc'],
    '认定结果的效果 outsidePostQuota 标明不占岗位结构比例；聘用环节属岗位管理（#20）',
  ),
];

export const TALENT_STRATEGY = notARule(
  '坚持创新生态、创新平台、创新人才“三位一体”协调推动，加快建设战略人才力量',
  '工作方针，无具体可执行条件',
);

/** anshan 三 / liaoyang 五. */
export const THROUGH_TRAIN: readonly Provision[] = [
  encoded('民营企业（中小型科技企业）职称评审“直通车”：单独评价', [
    'through-train',
    'through-train.private-enterprise',
  ]),
  elsewhere(
    '“直通车”随时申报、单独评价、一年多评',
    WHERE.throughTrainSessions,
    '直通车专场可在申报年度内任何一天举行（不受11月底年度例会限制），年内可多场；直通车申报只进直通车专场，专场只评直通车申报',
  ),
  notARule(
    '建立联动工作机制，优选建立服务企业目录，将规模以上企业、专精特新企业等纳入服务活动范围',
    '服务企业目录和联动机制是人社部门的服务工作，不影响个人申报条件',
  ),
];

/** The national grassroots service (1 year) that the seeds' "基层服务的有关条件" refer to. */
export const GRASSROOTS_SERVICE_RULES = [
  'grassroots-service.health',
  'grassroots-service.primary-secondary-teacher',
  'grassroots.serviceMonths.health',
  'grassroots.serviceMonths.primary-secondary-teacher',
];

/** anshan 四 / liaoyang 六 (the shared provisions). */
export const GRASSROOTS: readonly Provision[] = [
  notARule('贯彻乡村医疗卫生体系改革意见，发展壮大乡村医疗卫生人才队伍', '工作方针，无具体可执行条件'),
  encoded(
    '专业技术人员晋升卫生、中小学教师高级职称原则上应满足基层服务的有关条件',
    GRASSROOTS_SERVICE_RULES,
    '“有关条件”即国家规定的累计1年基层服务',
  ),
  encoded(
    '对长期在基层一线工作的专业技术人才，职称评审适当放宽学历、论文和科研能力要求',
    ['regular.grassroots-relaxed', 'grassroots-relaxed.long-term', 'grassroots.longTermYears'],
    '学历要求放宽一档；论文和科研能力不是申报条件，由评审专家把握',
  ),
  encoded('在县域创新创业的优秀科技型人才，可根据业绩、能力和贡献破格申报', [
    'exceptional.county-innovator',
    'county-innovator',
    'county-innovator.in-county',
  ]),
  notARule(
    '通过项目合作、短期工作、专家服务、兼职等形式到基层服务累计超过半年的，视为基层工作经历，作为评审、聘用的重要参考',
    '原文定为“重要参考”而非申报条件；晋升所需的基层服务按国家规定判定',
  ),
  notARule(
    '完善城市人才定期服务乡村激励机制；对长期服务乡村或取得重要成效的在职称评聘方面适当倾斜',
    '激励机制和“适当倾斜”由评委会、用人单位裁量，无可检查的条件',
  ),
];

/** anshan 五 / liaoyang 七 (shared parts). */
export const OVERSEAS_TEAMS = elsewhere(
  '按照“一团队一策”“一人一策”引进海外专家、科研团队，可给予特设岗位支持',
  WHERE.postPlanSteps,
  SPECIAL_POST_WHY,
);

export const RESEARCH_TEAM_GREEN_CHANNEL = encoded('业绩成果优秀的引进科研团队成员纳入职称评定“绿色通道”', [
  'green-channel.research-team',
  'green-channel.research-team.basis',
]);

export const ONE_STEP = encoded(
  '海外归国、党政机关交流、部队转业安置到企事业单位从事专业技术工作的，可一次性享受“一步到位”',
  ['one-step', 'one-step.eligible-group', 'one-step.placed', 'one-step.once'],
);

/** anshan 七 / liaoyang 九 (the standards' shared provisions). */
export const STANDARDS: readonly Provision[] = [
  notARule('坚持破“四唯”和立“新标”，突出品德、能力、业绩导向，力避“一刀切”', '评价导向，无具体可执行条件'),
  encoded(
    '学历只作基本要求；不具备规定学历但业绩显著、贡献突出的，可由2名以上正高级同行专家推荐破格申报（法律法规另有规定的除外）',
    ['exceptional.education', 'exceptional.recommendations'],
  ),
  encoded(
    '从事专业与所学专业不一致的，可按本人长期从事专业申报；涉及公共安全、人身健康的系列或专业除外',
    ['specialty', 'specialty.longPracticeYears'],
    '“长期”未规定年限，按可调整的默认年限判定',
  ),
  elsewhere(
    '非全日制与全日制学历、职业院校与同层次普通学校毕业生在职称评审方面享有同等待遇',
    WHERE.highestDegree,
    '学历层次判定不读取全日制和职业院校标记',
  ),
];

/** anshan 八 / liaoyang 十 (shared parts). */
export const UNIT_DUTY: readonly Provision[] = [
  elsewhere(
    '用人单位履行推荐申报主体责任，对申报人员品德、能力、业绩情况的真实性负责',
    WHERE.commitments,
    '单位推荐时签署审核推荐承诺书',
  ),
  notARule('用不好授权、履责不到位的要问责', '问责由主管部门依纪依规处理，不是系统规则'),
  elsewhere(
    '申请自主评审的单位须建立制度、方案、标准和办事机构，配合备案、检查、复查，经人社部门核准后实施',
    WHERE.committeeRegistry,
    '自主评审申请由人社部门在评委会目录中核准或驳回',
  ),
  encoded('新申请且当年计划开展评审的，提交申报材料截止日期为6月30日', ['selfReview.applicationDeadline']),
];

/** anshan 九 / liaoyang 十一: 申报. */
export const APPLICATION: readonly Provision[] = [
  encoded('坚持“谁推荐、谁审核，谁评审、谁负责”；申报人员一般应在本人人事（劳动）关系所在单位申报', [
    'has-employer',
  ]),
  encoded(
    '事业单位工作人员除创新创业等特殊规定外，须在本人人事关系所在单位申报',
    ['has-employer'],
    '创新创业等特殊规定的例外尚未单列',
  ),
  elsewhere('申报人员实事求是提供材料，落实“个人、单位双承诺制”', WHERE.commitments),
  encoded(
    '用人单位综合考评推荐，经单位公示5个工作日以上无异议后报送评委会办事机构',
    ['publicity.unitWorkdays'],
    '单位公示期满且无未处理异议，工作流程才允许推荐',
  ),
];

/** anshan 九 / liaoyang 十一: 严格组织程序. */
export const PROCEDURE: readonly Provision[] = [
  elsewhere(
    '评委会严格按照核准备案的评审范围、专业领域、评审层级组织评审，不得多头重复交叉评价和强制评价',
    WHERE.committeeMaySit,
  ),
  planned(
    '委托其他评委会代评的，须由人社部门履行审核委托程序',
    ISSUE.supervision,
    '委托代评的审核委托尚未建模（申报记录仅有“委托”标志）',
  ),
  encoded('各评委会年度例会一般应于11月底前完成，原则上不允许跨年度评审', ['review.sessionDeadline']),
  encoded('实行“评聘分开”系列的高级职称评审通过率原则上不超过50%', [
    'passRate.cap.senior',
    'passRate.cap.associate-senior',
  ]),
  elsewhere(
    '实行“评聘结合”的应在岗位结构比例内开展评审或按比例推荐',
    WHERE.combinedRecommendation,
    '评聘结合的系列不适用50%上限（appointment.combined.*）；事业单位推荐上报时，该层级已推荐在评人数不得达到其空余岗位数（核定数减已聘数），无生效方案的不能推荐',
  ),
  encoded('评审结果公示期不少于5个工作日', ['publicity.resultWorkdays']),
  encoded('评审结束20个工作日内报送人社部门备案后正式发文公布', ['review.filingWorkdays']),
  elsewhere(
    '实行“评聘结合”的事业单位应及时落实聘任',
    WHERE.appointmentProposals,
    '职称发文公布时，为评聘结合系列的事业单位人员生成聘用建议（草稿），单位完善后按聘用流程公示、审核、备案',
  ),
];

/** anshan 九 / liaoyang 十一: 严肃评审纪律. */
export const DISCIPLINE: readonly Provision[] = [
  elsewhere(
    '评审机构对评审会议全过程记录',
    WHERE.auditLog,
    '会议的每一步（抽取、签到、投票、结果）写入哈希链审计日志',
  ),
  elsewhere(
    '任何机构和个人不得擅自更改评委会投票结果',
    WHERE.resultsIntegrity,
    '结果确定后封存摘要，改动可被发现',
  ),
  encoded('严禁多轮投票表决', ['vote.secondRound']),
  elsewhere('申报人弄虚作假经查实的，取消申报资格或职称，并记入职称评审诚信档案库', WHERE.integrityArchive),
  elsewhere(
    '对制度缺失、管理混乱、评审质量不高的评委会责令限期整改，必要时暂停评审直至收回评审权',
    WHERE.committeeRegistry,
    '评委会可被暂停或撤销并记录理由',
  ),
];

/** anshan 十 / liaoyang 十三 (shared parts). */
export const SERVICE: readonly Provision[] = [
  notARule('围绕营造一流营商环境提升监管服务能力，畅通各类人才申报渠道', '工作方针，无具体可执行条件'),
  elsewhere(
    '享受政策纳入“绿色通道”直接评定或认定的，由人社部门统一协调相应高级评委会组织专家实施',
    WHERE.reviewSessions,
    '高级评委会办事机构可设立绿色通道评议组，单独评议、不占通过率',
  ),
  notARule('持续开展“四唯”清理专项行动', '专项行动，不是系统规则'),
  notARule('积极推进教育领域重点职称改革，建设高素质教师队伍', '工作方针，无具体可执行条件'),
  notARule(
    '将医务人员疫情防控表现作为评审和聘用的重要内容，表现优秀的同等条件下优先评聘',
    '评审内容由专家评议，“同等条件下优先”无可检查的条件',
  ),
  notARule(
    '严肃查处职称评审舞弊、假冒评审、制作销售假证等违法行为，清理违法违规广告',
    '执法行为由人社、公安等部门实施；证书真伪可通过公开核验识别',
  ),
];

/** anshan 十一 / liaoyang 十五 (shared parts). */
export const POST_APPOINTMENT: readonly Provision[] = [
  elsewhere(
    '严格按照岗位数额择优聘用；没有空余专业技术岗位的，新增人员原则上不得聘用到专业技术岗位',
    WHERE.appointmentGuards,
    '聘用提交公示和备案时逐项检查空余岗位（posts.appointment.vacancy、new-staff-vacancy）',
  ),
  elsewhere(
    '同一层级不同等级之间原则上逐级聘用',
    WHERE.appointmentGuards,
    '聘用提交公示和备案时检查逐级聘用（posts.appointment.step-by-step）',
  ),
  elsewhere(
    '首次聘用上一层级或新调入未曾聘用过的人员，原则上聘用到相应层级的最低等级',
    WHERE.appointmentGuards,
    '聘用提交公示和备案时检查最低等级（posts.appointment.lowest-grade-first）',
  ),
];
