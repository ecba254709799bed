import type { Level } from '../src/domain/catalogue';
import type { DrawApplicant, PoolExpert, RelationKind, Stratum } from '../src/domain/review';

/**
 * xorshift32 (Marsaglia 2003: x ^= x << 13; x ^= x >>> 17; x ^= x << 5), returning floats
 * in [0, 1). Deterministic and cheap; used for the fixtures and by the baseline shuffle.
 */
export function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x1_0000_0000;
  };
}

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力国志宏鹏飞海波宇浩凯晨阳雪梅琳斌峰瑞琦颖慧鑫',
];
const PHRASES = [
  '主持完成',
  '省级科技项目',
  '在核心期刊发表论文',
  '获得发明专利授权',
  '解决了关键技术难题',
  '参与制定行业标准',
  '指导青年技术人员',
  '成果已在生产中推广应用',
  '经济效益显著',
  '负责工程设计与施工管理',
  '获得省科学技术进步奖',
  '承担国家重点研发计划课题',
  '代表性成果如下：',
  '同行专家推荐意见：',
  '合作者：',
  '；',
  '。',
];
const LEVELS: readonly Level[] = [
  'senior',
  'senior',
  'senior',
  'associate-senior',
  'associate-senior',
  'intermediate',
];
const KINDS: readonly RelationKind[] = [
  'relative',
  'supervisor',
  'student',
  'co-author',
  'declared-conflict',
];
const REGIONS = ['210100', '210200', '210300', '211000', '220100', '220200'];

export interface DrawFixtures {
  pool: PoolExpert[];
  applicants: DrawApplicant[];
  strata: Stratum[];
  asOf: string;
  lookBackYears: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const GROUPS = Array.from({ length: 60 }, (_, g) => `专业组${pad(g + 1, 2)}`);
const groupName = (g: number) => GROUPS[g]!;
/** Employers (unit ids) come from the organisation register, so experts of one unit share its id string. */
const UNITS = Array.from({ length: 3000 }, (_, u) => `U${pad(u, 4)}`);

/**
 * A pool of `experts` experts over 60 specialty groups with unit histories and some declared
 * relations, and `applicants` applicants over the first three groups whose units, persons and
 * materials conflict with a share of those groups' experts, as a real session's would.
 */
export function buildDrawFixtures(experts = 100_000, applicantCount = 300): DrawFixtures {
  const random = xorshift32(20_251_130);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const unit = () => pick(UNITS);
  const personName = () => pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : '');
  const groups = GROUPS.length;
  const asOf = '2025-09-01';

  // Applicants first, so that experts can declare relations to them.
  const applicants: DrawApplicant[] = [];
  for (let i = 0; i < applicantCount; i++) {
    const start = 1995 + int(25);
    const units = [];
    // Some moved recently, so that former colleagues among the experts are within the look-back.
    const moved = Math.min(2024, start + 3 + int(6));
    if (random() < 0.5) units.push({ unitId: unit(), from: `${start}-07-01`, to: `${moved}-06-30` });
    units.push({ unitId: unit(), from: `${moved}-07-01`, to: null });
    applicants.push({
      applicationId: `A${pad(i + 1, 5)}`,
      personId: `P${pad(i + 1, 6)}`,
      group: groupName(i % 3),
      units,
      materialsText: '',
    });
  }

  const pool: PoolExpert[] = [];
  for (let i = 0; i < experts; i++) {
    const group = int(groups);
    const history = [];
    // Earlier employers; about a third of the experts moved within the last five years.
    let year = 1985 + int(20);
    for (let k = int(3); k > 0; k--) {
      const end = year + 2 + int(8);
      history.push({ unitId: unit(), from: `${year}-03-01`, to: `${end}-02-28` });
      year = end;
    }
    if (random() < 0.33) {
      const end = Math.max(year + 1, 2020 + int(5));
      history.push({ unitId: unit(), from: `${year}-03-01`, to: `${end}-02-28` });
      year = end;
    }
    const current = random() < 0.95 ? unit() : null;
    if (current) history.push({ unitId: current, from: `${year}-03-01`, to: null });
    const relations: PoolExpert['relations'][number][] = [];
    if (random() < 0.05) relations.push({ personId: `P${pad(900_000 + int(99_999), 6)}`, kind: pick(KINDS) });
    // About 1% of the experts of the applicants' groups declared a relation to one of them.
    if (group < 3 && random() < 0.01) {
      const applicant = applicants[3 * int(applicantCount / 3) + group];
      if (applicant)
        relations.push({ personId: applicant.personId, kind: pick(KINDS), note: '共同承担项目' });
    }
    pool.push({
      id: `E${pad(i + 1, 6)}`,
      name: personName(),
      group: groupName(group),
      level: pick(LEVELS),
      unitId: current,
      unitHistory: history,
      regionCode: pick(REGIONS),
      privateSector: random() < 0.1,
      relations,
    });
  }

  // Materials of about 400 characters naming co-authors and recommenders, some of them pool experts.
  const groupExperts = [0, 1, 2].map((g) => pool.filter((e) => e.group === groupName(g)));
  for (const [i, applicant] of applicants.entries()) {
    const parts: string[] = [];
    while (parts.join('').length < 400) {
      parts.push(pick(PHRASES));
      if (random() < 0.08) parts.push(random() < 0.3 ? pick(groupExperts[i % 3]!).name : personName());
    }
    (applicant as { materialsText: string }).materialsText = parts.join('');
  }

  const strata: Stratum[] = [
    { group: groupName(0), seats: 9, alternates: 9, minLevel: 'associate-senior' },
    { group: groupName(1), seats: 8, alternates: 8, minLevel: 'associate-senior' },
    { group: groupName(2), seats: 8, alternates: 8, minLevel: 'associate-senior' },
  ];
  return { pool, applicants, strata, asOf, lookBackYears: 3 };
}
