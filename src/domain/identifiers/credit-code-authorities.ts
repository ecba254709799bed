/**
 * 统一社会信用代码 position 1 (登记管理部门代码) and the position-2 机构类别代码 each
 * authority may issue.
 *
 * GB 32100-2015 itself names 1 机构编制, 5 民政, 9 工商 and Y 其他; the further authorities
 * (2 外交 … N 农业, A 中央军委改革和编制办公室) were assigned afterwards by the standard's
 * maintenance body. The combined table below is the one reproduced identically by several
 * independent public sources (e.g. osuse.cn post 10002590 and CSDN article 108776492
 * "统一社会信用代码解析登记管理部门和机构类别", and credit-code validators in public code),
 * so the (authority, category) pair is validated, not just position 1.
 * Authority 9 is today's 市场监管 (formerly 工商); the code did not change.
 */
export interface RegistrationAuthority {
  name: string;
  categories: Readonly<Record<string, string>>;
}

export const REGISTRATION_AUTHORITIES: Readonly<Record<string, RegistrationAuthority>> = {
  '1': {
    name: '机构编制',
    categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  },
  '2': { name: '外交', categories: { '1': '外国常住新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    categories: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { name: '文化', categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    name: '旅游',
    categories: {
      '1': '外国旅游部门常驻代表机构',
      '2': '港澳台地区旅游部门常驻内地（大陆）代表机构',
      '9': '其他',
    },
  },
  '7': { name: '宗教', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', categories: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他' } },
  N: {
    name: '农业',
    categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { name: '其他', categories: { '1': '其他' } },
};
