import { DEMO_COMMITTEES } from './demo-committees';
import { uniqueName } from './demo-names';
import { FEATURED_EXPERT } from './demo-persons';
import { chance, deriveRng, intBetween, pick } from './demo-random';

export interface DemoExpert {
  name: string;
  committeeName: string;
  series: string;
  level: 'senior' | 'associate-senior';
  specialty: string;
  group: string;
  unitName: string;
  regionCode: string;
  privateSector: boolean;
  /** The demo `expert` account's own record. */
  featured: boolean;
}

const UNITS: Record<string, readonly string[]> = {
  engineering: [
    '辽宁省邮电规划设计院有限公司',
    '中国移动通信集团辽宁有限公司',
    '东北大学信息科学与工程学院',
    '大连理工大学电子信息与电气工程学部',
    '鞍钢集团工程技术有限公司',
    '辽宁省通信产业服务有限公司',
    '沈阳新松机器人自动化股份有限公司',
  ],
  'primary-secondary-teacher': [
    '辽阳市第一高级中学',
    '辽阳市教师进修学院',
    '辽阳市第二中学',
    '灯塔市第一初级中学',
  ],
  health: ['吉林大学第一医院', '吉林省人民医院', '长春市中心医院', '吉林大学第二医院'],
};

const SPECIALTIES: Record<string, readonly string[]> = {
  辽宁省通信工程专业高级职称评审委员会: ['通信工程', '信息通信'],
  鞍山市工程技术系列高级职称评审委员会: ['冶金工程', '机械工程', '电气工程', '通信工程'],
  鞍山市工程技术系列中级职称评审委员会: ['冶金工程', '机械工程', '电气工程'],
  辽阳市中小学教师系列中级职称评审委员会: ['语文', '数学', '英语'],
  吉林省卫生系列高级职称评审委员会: ['内科学', '外科学', '护理学'],
};

/**
 * Each demo committee's expert pool: enough 正高/副高 experts per specialty group for a lawful
 * panel with alternates after recusal (the provincial committee sits by specialty: ≥11).
 * The demo `expert` account (周振东) sits in the provincial 通信工程 pool.
 */
export function buildDemoExperts(seed: number, taken: Set<string>): DemoExpert[] {
  const rng = deriveRng(seed, 'experts');
  const out: DemoExpert[] = [];
  for (const c of DEMO_COMMITTEES) {
    const senior = c.levels.includes('senior');
    for (const specialty of SPECIALTIES[c.name] ?? []) {
      const count = senior ? 18 : 12;
      for (let i = 0; i < count; i++) {
        const gender = chance(rng, 0.35) ? 'female' : 'male';
        const featured = c.name.startsWith('辽宁省通信') && specialty === '通信工程' && i === 0;
        out.push({
          name: featured ? FEATURED_EXPERT.name : uniqueName(rng, gender, intBetween(rng, 1960, 1982), taken),
          committeeName: c.name,
          series: c.series,
          level: senior || chance(rng, 0.3) ? 'senior' : 'associate-senior',
          specialty,
          group: specialty,
          unitName: pick(rng, UNITS[c.series] ?? UNITS.engineering!),
          regionCode: c.regionCode,
          privateSector: chance(rng, 0.2),
          featured,
        });
      }
    }
  }
  return out;
}
