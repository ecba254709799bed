import { NATIONAL_STRUCTURE_RATIOS } from '../../domain/catalogue';
import type { Parameter } from '../../domain/policy/rule-base';

/**
 * The national frame of post plans (DOMAIN §8): 国人部发〔2006〕70号 (事业单位岗位设置管理试行办法)
 * and its 实施意见 国人部发〔2006〕87号. The structure ratios are read from the catalogue's
 * national targets, so the figure lives in one place and the parameter only makes it overridable.
 */
export const NATIONAL_POST_PARAMETERS: readonly Parameter[] = [
  {
    key: 'posts.mainCategoryMinShare',
    value: 0.7,
    citation: { document: 'national', clause: '国人部发〔2006〕70号' },
    note: '主要以专业技术提供社会公益服务的事业单位，应保证专业技术岗位占主体，一般不低于单位岗位总量的70%',
  },
  ...NATIONAL_STRUCTURE_RATIOS.map((ratio) => ({
    key: `posts.ratio.${ratio.key}`,
    value: ratio.ratio.join(':'),
    citation: ratio.citation,
    note: `${ratio.description}的全国总体控制目标；本系统按上限读取：高等级岗位（自高而下累计）不得超过所占份额`,
  })),
];
