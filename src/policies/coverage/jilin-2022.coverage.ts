import type { SetCoverage } from '../../domain/policy/coverage';
import { JILIN_2022_PART_ONE } from './jilin-2022-part-one.coverage';
import { elsewhere, encoded, ISSUE, notARule, planned, WHERE, WHY } from './provisions';

/**
 * Clause coverage of 吉林省2022年全省职称工作 (seeds/004): part, section and item as written
 * ("一(四)1"); a section without items is its own clause ("一(三)"). The document has no
 * closing sentence, so no '结语'.
 */
export const JILIN_2022_COVERAGE: SetCoverage = {
  policy: 'jilin-2022',
  clauses: [
    ...JILIN_2022_PART_ONE,
    {
      clause: '二(一)',
      heading: '落实人才激励职称待遇兑现政策',
      provisions: [
        encoded('业绩贡献特别突出的A、B类人才可特设直聘一二级专业技术岗位', [
          'direct-recognition.talent-ab',
          'talent-category.ab',
          'talent-category.ab-outstanding',
        ]),
        encoded('C、D类人才可直接评定高级职称，单独聘任、单独管理', [
          'direct-recognition.talent-cd',
          'talent-category',
        ]),
        encoded('业绩贡献特别突出的E类人才可直接评定高级职称，单独聘任、单独管理', [
          'direct-recognition.talent-e',
          'talent-category.e',
          'talent-category.e-outstanding',
        ]),
        elsewhere(
          '按“盲审初评、答辩复评、专家共议、结果公示”程序评定',
          WHERE.blindReview,
          '评审会议支持盲审初评（隐去身份）和结果公示；答辩与共议在会议中进行',
        ),
        encoded('在我省工作的出站博士后可直接申报评定相应系列副高级职称', ['exceptional.postdoc', 'postdoc']),
        encoded('业绩贡献突出的博士可直接申报评定相应系列副高级职称', [
          'exceptional.doctorate-outstanding',
          'doctorate-outstanding.degree',
          'doctorate-outstanding.contribution',
        ]),
        encoded('业绩成果特别突出的出站博士后可直接跨级申报评定正高级职称', [
          'exceptional.postdoc-senior',
          'postdoc-senior.postdoc',
          'postdoc-senior.contribution',
        ]),
      ],
    },
    {
      clause: '二(二)',
      heading: '持续做好援疆、援藏、援外和支教专业技术人员的职称评定工作',
      provisions: [
        notARule(
          '持续做好援疆、援藏、援外和支教专业技术人员的职称评定工作',
          '仅有标题，未规定具体条件；相关人员按一般规定申报',
        ),
      ],
    },
    {
      clause: '二(三)',
      heading: '落实抗击新冠疫情职称激励政策',
      provisions: [
        encoded(
          '接触确诊病例和无症状感染者的疫情防控一线专业技术人员可提前一年申报上一级职称',
          ['regular'],
          '正常申报途径的资历缩短规则（covid-frontline）',
        ),
        notARule('评审过程中同等条件下予以倾斜', '“同等条件下倾斜”由评委会裁量'),
        encoded('在疫情防控一线做出突出贡献、聘任相应级别岗位满三年的，“单独组织、单设比例”评定上一级职称', [
          'regular.covid-outstanding',
          'covid-outstanding',
          'covid-outstanding.next-level',
        ]),
        encoded(
          '参加年度正常评审通过的人员，不再单独激励',
          ['covid-outstanding.next-level'],
          '已取得上一级职称者没有可单独评定的层级',
        ),
        elsewhere(
          '突出贡献人员已取得副高级及以下职称的，可在同层级内直接聘用到上一级岗位',
          WHERE.guardExemptions,
          '单位声明“疫情防控一线突出贡献”的，2022年度同层级内聘用到上一级岗位不受间隔时限和逐级聘用限制（仍须空余岗位和相应职称）',
        ),
        elsewhere(
          '正高级人员四级岗位聘满三年可直接申报三级岗位，三级岗位聘满三年可直接申报二级岗位',
          WHERE.gradeFilings,
          '岗位评定备案（三级、二级）：现聘下一等级满36个月、正高级职称，省人社厅核准后方可聘用（posts.appointment.grade-filing）',
        ),
        notARule(
          '对2021年第二、三、四批防控一线医务人员单独组织职称评审，设置一定通过比例',
          '针对已上报名单的一次性工作安排',
        ),
      ],
    },
    {
      clause: '二(四)',
      heading: '继续推进乡村振兴人才职称补贴发放工作',
      provisions: [
        planned('每年评定2000名左右乡村人才高级和中级以下职称', ISSUE.qualifications, WHY.rural),
        planned(
          '按高级、中级、初级由同级财政每年分别补贴3000元、2000元、1000元，连续发放5年',
          ISSUE.qualifications,
          WHY.rural,
        ),
      ],
    },
    {
      clause: '三(一)',
      heading: '继续举办全省继续教育高级研修班',
      provisions: [
        notARule(
          '确定省级和国家级高级研修项目，全年完成研修班60期以上，国家级项目面向全国招生',
          '培训工作安排，不是系统规则',
        ),
      ],
    },
    {
      clause: '三(二)',
      heading: '开展继续教育基地检查评估',
      provisions: [
        planned(
          '省级继续教育基地能进能出，考核评估不合格且整改后仍不达标的取消资格',
          ISSUE.continuingEducation,
          WHY.continuingEducation,
        ),
      ],
    },
    {
      clause: '三(三)',
      heading: '开通继续教育网络学习平台',
      provisions: [
        planned(
          '开通并完善专业技术人员继续教育网络学习平台，出台继续教育学时管理办法',
          ISSUE.continuingEducation,
          WHY.continuingEducation,
        ),
        encoded('从2023年开始，继续教育学时为职称申报必备条件，未按要求参加继续教育的不得申报评审', [
          'continuing-education',
          'ce.requiredFromYear',
          'ce.hoursPerYear',
          'ce.professionalShare',
        ]),
      ],
    },
    {
      clause: '四(二)',
      heading: '严格执行职称诚信和失信惩戒制度',
      provisions: [
        elsewhere(
          '严格执行职称诚信和失信惩戒制度',
          WHERE.integrityArchive,
          '弄虚作假记入诚信档案库并限期禁止申报',
        ),
      ],
    },
    {
      clause: '四(三)',
      heading: '严格执行职称评委会专家库管理制度',
      provisions: [elsewhere('严格执行职称评委会专家库管理制度', WHERE.experts)],
    },
    {
      clause: '四(四)',
      heading: '严格执行职称申报审核监督管理制度',
      provisions: [
        elsewhere(
          '严格执行职称申报审核监督管理制度',
          WHERE.transitions,
          '逐级审核的每一步有角色、守卫和审计记录',
        ),
      ],
    },
    {
      clause: '四(五)',
      heading: '严格执行恶意举报惩处制度',
      provisions: [
        elsewhere('对评审结果有异议的可向行业主管部门举报，举报材料应署真实姓名和联系方式', WHERE.complaints),
        elsewhere(
          '虚假举报、恶意信访、意图陷害他人，经核查认定为诬告陷害的，依纪依法追究责任',
          WHERE.complaints,
          '人社部门可将举报认定为恶意举报并记录处理',
        ),
      ],
    },
    {
      clause: '四(六)',
      heading: '严格执行专业技术资格考试监督管理制度',
      provisions: [
        notARule('严格执行专业技术资格考试监督管理制度', '职业资格考试由考试机构组织实施，不在本系统范围'),
      ],
    },
    {
      clause: '五(一)',
      heading: '全面推行职称证书电子化',
      provisions: [
        elsewhere(
          '通过职称评审获取的专业技术资格证书均可查询到相应的电子证书',
          WHERE.certificateIssuance,
          '发文公布时即签发电子证书',
        ),
        elsewhere('提供第三方核验服务，证书可追溯、可查询、可验证', WHERE.certificateVerifier),
      ],
    },
    {
      clause: '五(二)',
      heading: '完善全省职称申报系统',
      provisions: [elsewhere('完善全省职称申报系统', WHERE.applicationFiler, '本系统提供网上申报')],
    },
    {
      clause: '五(三)',
      heading: '完善专业技术人才信息库',
      provisions: [
        planned(
          '梳理历史数据，建立专业技术人才信息库，掌握人才信息、分布和结构比例',
          ISSUE.supervision,
          '人才信息库与统计分析尚未建设',
        ),
      ],
    },
    {
      clause: '五(四)',
      heading: '加强职称政策培训工作',
      provisions: [notARule('加强职称政策培训工作', '培训工作，不是系统规则')],
    },
    {
      clause: '五(五)',
      heading: '常态化开展职称申报评审工作',
      provisions: [notARule('常态化开展职称申报评审工作', '工作安排，未规定具体条件')],
    },
    {
      clause: '六(一)',
      heading: '严格职称评审政策',
      provisions: [
        notARule('公平、公开、公正地组织各系列、专业的职称评审，确保评审质量', '工作要求，无具体可执行条件'),
        elsewhere('评委会不得擅自扩大、增加或减少受理及评审范围', WHERE.committeeMaySit),
        elsewhere(
          '不得降低评价标准条件，不得自行开政策口子',
          WHERE.nationalStandards,
          '申报条件按政策集判定，评委会不能改动',
        ),
        encoded('对破格申报的要严格要求，原则上不得越级破格', ['no-level-skip']),
        notARule('加强政策学习和宣传，让专业技术人员及时了解、享受政策', '宣传培训工作，不是系统规则'),
      ],
    },
    {
      clause: '六(二)',
      heading: '严肃职称评审纪律',
      provisions: [
        notARule('强化纪律建设，深化廉政风险防控管理', '工作要求，不是系统规则'),
        elsewhere(
          '实行“谁受理、谁负责、谁签字”，逐级推荐审核、逐级签字盖章',
          WHERE.transitions,
          '每一步记录经办人并写入审计日志',
        ),
        elsewhere(
          '未按规定程序开展申报、评审的，其推荐、评审结果一律无效',
          WHERE.decideTransition,
          '工作流程不允许跳过规定环节',
        ),
        notARule('参与评审的工作人员和评审专家坚守职业操守，坚持客观公正', '职业操守要求，不是系统规则'),
      ],
    },
    {
      clause: '六(三)',
      heading: '加强职称监督管理',
      provisions: [planned('加强职称监督管理', ISSUE.supervision, '仅有标题；监管模块尚未建设')],
    },
    {
      clause: '六(四)',
      heading: '落实疫情防控要求',
      provisions: [
        notARule(
          '制定疫情防控常态化下的评审方案，落实防控措施，利用信息化手段避免人员聚集',
          '防疫工作安排，不是系统规则',
        ),
        encoded('对参加疫情防控一线的专业技术人员申报职称，继续落实疫情防控激励政策', [
          'regular',
          'regular.covid-outstanding',
        ]),
      ],
    },
  ],
};
