import { postIntervalKey } from '../../domain/policy/parameter-registry';
import type { PolicyLayer } from '../../domain/policy/rule-base';

const PROMOTION_INTERVALS = {
  document: 'liaoning',
  clause: '专业技术岗位层级内等级晋升间隔（省级规定，原文待核）',
};

/**
 * The Liaoning provincial layer. The seed documents are city documents; where they are
 * silent "按现行国家和我省职称工作的相关政策执行", i.e. national rules apply through this layer.
 */
export const LIAONING: PolicyLayer = {
  id: 'liaoning',
  name: '辽宁省',
  extends: 'national',
  status: 'in-force',
  jurisdictions: ['210000'],
  parameters: [
    // 层级内等级晋升的间隔（DOMAIN §8 所列常见的省级规定）。2025年征求意见稿 #23 “专业技术岗位层级内的
    // 等级晋升继续执行满足间隔一定时限的要求”表明本省实行间隔要求；具体年限的省级原文尚待核对。
    ...(
      [
        [9, 24, '十级晋升九级'],
        [8, 24, '九级晋升八级'],
        [6, 36, '七级晋升六级'],
        [5, 36, '六级晋升五级'],
      ] as const
    ).map(([grade, months, step]) => ({
      key: postIntervalKey(grade),
      value: months,
      citation: PROMOTION_INTERVALS,
      note: `${step}须在下一等级聘满${months / 12}年`,
    })),
    {
      key: 'posts.promotion.retirementBlockMonths',
      value: 6,
      citation: { document: 'liaoning', clause: '距规定退休时间不足半年不能晋升（省级既有政策，原文待核）' },
      note: 'anshan-2023 §十一“取消专业技术人员距规定退休时间不足半年不能晋升政策”表明此前实行该限制',
    },
  ],
};
