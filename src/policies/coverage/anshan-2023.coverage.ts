import type { SetCoverage } from '../../domain/policy/coverage';
import * as city from './city-2023-shared';
import { CLOSING_WHY, elsewhere, encoded, WHERE } from './provisions';

/** Clause coverage of 鞍山市关于2023年职称工作的意见 (seeds/000): sections （一）–（十一）. */
export const ANSHAN_2023_COVERAGE: SetCoverage = {
  policy: 'anshan-2023',
  clauses: [
    {
      clause: '一',
      heading: '坚持改革激发活力，引导人才积极投入全面振兴新突破三年行动',
      provisions: city.REVITALISATION,
    },
    {
      clause: '二',
      heading: '坚持人才引领驱动，全力支持打造重要人才中心和创新高地',
      provisions: [city.TALENT_STRATEGY, city.ENGINEER_TEAM, ...city.POSTDOC],
    },
    {
      clause: '三',
      heading: '坚持面向经济主战场，常态化提供民营企业职称评审“直通车”服务',
      provisions: city.THROUGH_TRAIN,
    },
    {
      clause: '四',
      heading: '坚持强基层固基本，持续助力实施乡村振兴战略促进基层人才队伍建设',
      provisions: city.GRASSROOTS,
    },
    {
      clause: '五',
      heading: '坚持体制机制创新，最大程度引才育才用才',
      provisions: [city.OVERSEAS_TEAMS, city.RESEARCH_TEAM_GREEN_CHANNEL, city.ONE_STEP],
    },
    {
      clause: '六',
      heading: '严格规范职称评审专业',
      provisions: [
        elsewhere(
          '严格按照省各系列评审专业开展评审',
          WHERE.committeeCovers,
          '申报只分派给核准评审范围覆盖该系列、专业和层级的评委会',
        ),
        encoded('2023年通信工程、知识产权、科技成果转化高级职称继续由省级评委会组织评审', [
          'routing.provincial-senior',
        ]),
        encoded(
          '无人机科学与工程、快递工程、技术经纪、安防工程、工业设计等新兴专业高中初级职称继续由省级评委会组织评审',
          ['routing.provincial-emerging'],
        ),
      ],
    },
    {
      clause: '七',
      heading: '科学完善职称评审标准条件',
      provisions: city.STANDARDS,
    },
    {
      clause: '八',
      heading: '充分发挥用人单位主体作用',
      provisions: city.UNIT_DUTY,
    },
    {
      clause: '九',
      heading: '严格规范职称申报评审程序',
      provisions: [
        elsewhere(
          '加强评审专家库建设，遴选职业道德良好、水平高、贴近一线、业内公认的评审专家',
          WHERE.experts,
          '专家库及入库、任期管理；遴选标准由办事机构把握',
        ),
        encoded('各评委会调整专家库应在6月30日前完成', ['pool.changeDeadline']),
        ...city.APPLICATION,
        elsewhere('建立健全专业性、自律性的评委会，开展同行评价', WHERE.committeeRegistry),
        ...city.PROCEDURE,
        ...city.DISCIPLINE,
      ],
    },
    {
      clause: '十',
      heading: '优化完善职称评审监管服务',
      provisions: city.SERVICE,
    },
    {
      clause: '十一',
      heading: '严格规范专业技术岗位聘用',
      provisions: [
        ...city.POST_APPOINTMENT,
        elsewhere(
          '没有空余岗位可向高级岗位借用空余岗位或使用“退二晋一”政策，“双肩挑”人员不适用“退二晋一”',
          WHERE.appointmentGuards,
          '聘用时按参数检查借用和退二进一（posts.appointment.borrow、vacancy）',
        ),
        elsewhere(
          '取消距规定退休时间不足半年不能晋升的政策',
          WHERE.appointmentGuards,
          '本政策集不设posts.promotion.retirementBlockMonths，晋升不受退休前半年限制',
        ),
      ],
    },
    {
      clause: '结语',
      heading: '未提及事项按现行国家和我省职称政策执行',
      provisions: [
        elsewhere(
          '本意见未提及的职称工作政策问题，按现行国家和我省职称工作的相关政策执行',
          { file: 'src/policies/liaoning/anshan-2023.policy.ts', symbol: 'ANSHAN_2023' },
          CLOSING_WHY,
        ),
      ],
    },
  ],
};
