import type { ClauseCoverage } from '../../domain/policy/coverage';
import { elsewhere, encoded, ISSUE, notARule, planned, WHERE, WHY } from './provisions';

/** jilin-2022 part 一 (持续深化8项职称制度改革措施), clause by clause. */
export const JILIN_2022_PART_ONE: readonly ClauseCoverage[] = [
  {
    clause: '一(一)1',
    heading: '全面深化职称评聘制度改革',
    provisions: [
      notARule(
        '坚持破除“四唯”和树立“新标”并举，健全以创新能力、质量、实效、贡献为导向的评价体系',
        '评价导向，无具体可执行条件',
      ),
      notARule(
        '制定工程、卫生、中小学系列评审实施办法，修订机关调转、部队转业、民营高级经营管理人才评审办法',
        '制定文件的工作安排；办法出台后另行编码',
      ),
      notARule('坚持科学分类评价，不同领域、行业、层次用不同标准评价', '评价导向，无具体可执行条件'),
    ],
  },
  {
    clause: '一(一)2',
    heading: '全面实施专业技术人才和技能人才双贯通工作',
    provisions: [
      encoded('按《职业资格与职称对应目录》，取得职业资格即具备相应系列和层级职称，不再重复评价', [
        'qualification-mapping',
      ]),
      elsewhere(
        '取得职业资格后符合高一级职称申报条件的，可直接申评高一级职称',
        { file: 'src/domain/policy/evaluate-eligibility.ts', symbol: 'evaluateEligibility' },
        '政策层的职业资格与职称对应目录（qualificationTitles）使所持资格视同相应职称，据以判定高一级申报条件',
      ),
      encoded(
        '工程、农业、工艺美术等领域高技能人才可参加相应系列职称评审，高级工、技师、高级技师、特级技师与初级至正高级贯通',
        ['skills-bridge', 'skills-bridge.skill-level'],
      ),
      encoded('贯通限于在职在岗、一线岗位从事技术技能工作的高技能人才', ['skills-bridge.frontline']),
    ],
  },
  {
    clause: '一(一)3',
    heading: '推动乡村振兴人才职称评审工作常态化',
    provisions: [
      planned(
        '完善乡村人才评价办法，按地区实际分配指标，每年评审2000名乡村人才职称',
        ISSUE.qualifications,
        WHY.rural,
      ),
      planned(
        '将肉牛产业技术人才纳入乡村人才评审计划，指标适当向肉牛产业倾斜',
        ISSUE.qualifications,
        WHY.rural,
      ),
    ],
  },
  {
    clause: '一(一)4',
    heading: '完善新业态（新职业）职称评审',
    provisions: [
      planned(
        '新业态（新职业）职称评审纳入信息化申报，在13个新职业评价标准基础上制定新的评价标准',
        ISSUE.qualifications,
        '新职业的专业目录与评价标准尚未录入',
      ),
      elsewhere(
        '授予有评审能力的行业协（学）会承担新业态副高级及以下职称评审，探索下放民营企业',
        WHERE.committeeRegistry,
        '评委会登记其评审系列、专业和层级范围',
      ),
    ],
  },
  {
    clause: '一(二)2',
    heading: '深化自主评审企业扩面改革',
    provisions: [
      elsewhere(
        '遴选100家人才密集、专设人力资源部门的民营企业授予职称自主评审权限，向专精特新和万亿级产业倾斜',
        WHERE.committeeRegistry,
        '自主评审单位在评委会目录中登记核准',
      ),
      notARule('支持民营企业对“卡脖子”人才申请特殊评定', '特殊评定办法未在本文件规定'),
    ],
  },
  {
    clause: '一(二)4',
    heading: '推动评聘结合院校职称改革',
    provisions: [
      encoded('省内高等院校全部纳入职称评聘结合制度改革范围', [
        'appointment.combined.higher-education-teacher',
      ]),
      elsewhere(
        '评聘结合院校在专业技术岗位核定数额范围内组织评审',
        WHERE.combinedRecommendation,
        '院校推荐上报时，该层级已推荐在评人数不得达到其空余岗位数（核定数减已聘数），无生效方案的不能推荐',
      ),
      encoded('评审通过人员比例按正高级45%、副高级55%、中级70%执行', [
        'passRate.combinedCap.higher-education-teacher.senior',
        'passRate.combinedCap.higher-education-teacher.associate-senior',
        'passRate.combinedCap.higher-education-teacher.intermediate',
      ]),
      elsewhere(
        '“双一流”院校高级职称通过比例可增加10-20个百分点，“双高计划”5-15个，特色高水平及艰苦边远地区院校5-10个',
        WHERE.combinedBonuses,
        '评审会议确定结果前按院校类型设定加成，超出范围即拒绝',
      ),
      elsewhere(
        '向“双一流”“双特色”二级学院和学科下放自主评审权，单独制定标准、核定岗位、设定比例',
        WHERE.committeeRegistry,
        '二级学院可作为自主评审评委会登记；岗位核定属岗位模块（#20）',
      ),
      notARule('推进评聘结合试点高校党务和思政人员“双线晋升”通道', '改革试点安排，未规定具体条件'),
    ],
  },
  {
    clause: '一(三)',
    heading: '探索事业单位专业技术二三级岗位改革',
    provisions: [
      notARule(
        '探索事业单位专业技术二三级岗位改革',
        '仅有标题，本条之下没有可执行的规定；二三级岗位的具体办法见 二(三)（四级聘满三年申报三级、三级聘满三年申报二级，由岗位评定备案 grade-filing 办理）',
      ),
    ],
  },
  {
    clause: '一(四)1',
    heading: '持续进行基层专业技术人才职称认定工作',
    provisions: [
      encoded(
        '县乡基层事业单位一线累计满30年且仍在一线、聘任中级满10年、满足副高基本条件的，考核评审直接认定副高级职称（考试系列除外），特设岗位聘任；基层企业参照',
        [
          'direct-recognition.grassroots-30-years',
          'not-exam-series',
          'grassroots-30-years.frontline',
          'grassroots-30-years.intermediate-10-years',
        ],
      ),
      encoded(
        '市（州）及以上城市到县乡基层一线工作满3年且仍在基层的，可提前2年申报上一级职称，单独评定，特设岗位聘任',
        ['regular'],
        '正常申报途径的资历缩短规则（moved-to-grassroots），效果为单独评定、不占岗位',
      ),
      encoded(
        '与县及以下企事业单位签订3年服务合同的博士，可申请认定副高级职称（考试系列除外），特设岗位聘任',
        ['direct-recognition.county-contract-doctorate', 'county-contract.doctorate', 'county-contract'],
      ),
      encoded('与县及以下企事业单位签订3年服务合同的硕士，可申请认定中级职称（考试系列除外），特设岗位聘任', [
        'direct-recognition.county-contract-master',
        'county-contract.master',
        'county-contract',
      ]),
    ],
  },
  {
    clause: '一(四)2',
    heading: '稳定基层卫生机构专业技术人才队伍',
    provisions: [
      notARule(
        '县（市、区）及以下卫生医疗机构专业技术人员评审继续执行《吉林省基层卫生系列职称评审细则（试行）》',
        '本条只指向另一文件，细则的条件不在本文件中，无从编码；细则文本取得后应作为吉林省层的规则编码',
      ),
      notARule(
        '人社部门受理审核基层卫生材料时统筹把握数量和质量，做好政策宣传解读',
        '审核工作要求，无可检查的条件',
      ),
    ],
  },
  {
    clause: '一(五)1',
    heading: '进一步下放中小学教师职称评聘权限',
    provisions: [
      elsewhere(
        '试行将中小学教师高中级职称评聘权限下放到学校，支持同一属地学校联盟评聘或委托属地主管部门评聘',
        WHERE.committeeRegistry,
        '学校或联盟可作为自主评审评委会登记其评审范围',
      ),
      planned('属地人社部门和教育部门做好岗位设定、监督管理和备案', ISSUE.supervision, WHY.supervision),
    ],
  },
  {
    clause: '一(五)2',
    heading: '进一步明确中小学教师职称激励政策',
    provisions: [
      encoded(
        '县及以下学校教学一线累计满30年且仍在一线、受聘一级教师岗位满10年、满足高级教师基本条件的，直接认定高级教师，通过比例100%，不占岗位职数，特设岗位聘任',
        [
          'direct-recognition.rural-teacher',
          'rural-teacher.teaching-30-years',
          'rural-teacher.post-10-years',
        ],
      ),
      encoded(
        '受聘一级教师岗位不满10年、任一级教师以来年度考核均为合格及以上的，可破格申报高级教师，通过比例不超过60%，不受推荐指标和岗位结构比例限制',
        [
          'exceptional.rural-teacher',
          'rural-teacher.teaching-30-years',
          'rural-teacher.post-under-10-years',
          'rural-teacher.appraisals',
        ],
      ),
    ],
  },
  {
    clause: '一(六)1',
    heading: '探索下放评聘结合和自主评审单位监管权限',
    provisions: [
      planned('评聘结合和自主评审单位的监管权限下放到单位所属人社部门', ISSUE.supervision, WHY.supervision),
      elsewhere(
        '岗位数额核定和通过比例由当地人社部门核准',
        WHERE.postPlanSteps,
        '岗位数额随岗位设置方案由单位所在地人社部门（competentHrBureau）核准，未核准的方案不能据以聘用；通过比例为本政策集的 passRate.* 参数，评审按其计算',
      ),
      elsewhere(
        '评审结束后统一到当地人社部门备案，由当地人社部门汇总报省人社厅备案',
        WHERE.filingDeadlines,
        '评审结果须在期限内报所在地人社部门备案，逾期提醒',
      ),
    ],
  },
  {
    clause: '一(八)1',
    heading: '自主建立评审标准',
    provisions: [
      notARule(
        '评委会结合实际自主建立评价标准条件，报省人社厅备案后向本单位或行业公开',
        '标准文本由评委会制定和备案',
      ),
      elsewhere(
        '标准条件不得低于国家标准',
        WHERE.nationalStandards,
        '各政策集继承国家评价基本标准，申报条件判定以其为底线',
      ),
    ],
  },
  {
    clause: '一(八)2',
    heading: '自主审核申报资格',
    provisions: [
      elsewhere(
        '评委会自行组织审核申报资格，对不符合条件的一次性告知具体不符合的款项',
        WHERE.transitions,
        '办事机构受理审核，退回须写明全部问题且只能退回一次；自测结果一次列出全部未满足条件',
      ),
    ],
  },
  {
    clause: '一(八)3',
    heading: '自主抽取评审专家',
    provisions: [
      elsewhere(
        '按专家库管理制度，根据评委会设置和专业分组，从专家库中随机抽取专家组建评审专家组',
        WHERE.drawPanel,
        '按专业组分层随机抽取，可复现',
      ),
    ],
  },
];
