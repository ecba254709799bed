import { pick, pickWeighted, type Rng } from './demo-random';

/**
 * Common surnames with rough relative frequencies (per mille, after the 2020 census
 * tables), nudged towards the Northeast: 赵、孙、于、姜、崔、关、佟 are more frequent in
 * 辽宁 and 吉林 than nationally, 黄、林、何 less.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72],
  ['李', 70],
  ['张', 68],
  ['刘', 56],
  ['陈', 38],
  ['杨', 31],
  ['赵', 28],
  ['孙', 22],
  ['周', 17],
  ['吴', 15],
  ['徐', 14],
  ['于', 14],
  ['高', 13],
  ['马', 12],
  ['郭', 11],
  ['黄', 10],
  ['朱', 10],
  ['胡', 10],
  ['姜', 9],
  ['宋', 9],
  ['韩', 9],
  ['郑', 8],
  ['董', 8],
  ['崔', 8],
  ['冯', 7],
  ['曹', 7],
  ['吕', 7],
  ['林', 6],
  ['何', 6],
  ['谢', 6],
  ['邓', 5],
  ['许', 6],
  ['田', 6],
  ['丁', 5],
  ['魏', 5],
  ['贾', 5],
  ['程', 5],
  ['袁', 5],
  ['苏', 5],
  ['任', 5],
  ['付', 5],
  ['白', 4],
  ['孟', 4],
  ['关', 4],
  ['佟', 3],
  ['金', 4],
  ['尹', 3],
  ['鲍', 2],
];

/** Birth-year bands in which fashions of given names are roughly stable. */
type Era = 'older' | 'middle' | 'younger';

// Space-separated lists keep the formatter from putting every name on its own line.
function words(list: string): readonly string[] {
  return list.split(' ');
}

/** Two-character given names typical of each era; all common, none referring to anyone. */
const GIVEN_NAMES: Readonly<Record<'male' | 'female', Readonly<Record<Era, readonly string[]>>>> = {
  male: {
    older: words(
      '建华 国强 志刚 立新 振华 海涛 卫东 永刚 建军 志强 宏伟 庆林 德胜 玉林 福林 春生 长海 国庆 树森 文彬 洪波 振东 显明 继武 宝山 德明 景春 立军 国良 广才',
    ),
    middle: words(
      '海波 晓东 立伟 志远 建新 大鹏 俊峰 明辉 东升 鹏程 小龙 云飞 伟明 晓光 学军 永辉 红军 凯峰 世杰 金龙 长青 旭东 春雷 国栋 铁军 文斌 亚东 宏亮 振宇 庆丰',
    ),
    younger: words(
      '浩然 宇航 子轩 俊杰 博文 天宇 鹏飞 思远 泽宇 浩宇 晨阳 一鸣 文博 明轩 嘉豪 昊天 佳乐 皓轩 梓豪 睿哲 子墨 奕辰 宇轩 家豪 俊熙 晓阳 鑫磊 志豪 博涛 宏宇',
    ),
  },
  female: {
    older: words(
      '淑华 桂兰 秀英 丽华 玉梅 凤霞 淑芬 秀兰 丽娟 红梅 春燕 艳华 晓梅 秀珍 玉兰 淑琴 丽萍 雪梅 丽君 海燕 慧敏 亚娟 素芳 凤英 淑贤 桂芝 美华 玉霞 翠华 宝珍',
    ),
    middle: words(
      '丽丽 晓燕 艳红 海霞 秀娟 晓慧 婷婷 丹丹 晓丽 春雨 秀梅 红艳 金凤 丽娜 颖慧 晶晶 莉莉 晓静 燕妮 冬梅 玉洁 慧娟 雅琴 晓红 佳丽 宏艳 秋菊 秀云 婉清 丽丹',
    ),
    younger: words(
      '欣怡 梓涵 子涵 雨涵 思雨 佳琪 诗涵 梦瑶 晓雪 雪莹 佳慧 心怡 雨欣 嘉怡 思琪 晓彤 静怡 梦琪 美琳 语桐 若曦 可馨 婧琪 雅婷 一帆 欣然 紫涵 诗琪 馨月 安琪',
    ),
  },
};

function eraOf(birthYear: number): Era {
  if (birthYear < 1975) return 'older';
  if (birthYear < 1988) return 'middle';
  return 'younger';
}

/** A full name plausible for someone of this gender born in this year. */
export function randomName(rng: Rng, gender: 'male' | 'female', birthYear: number): string {
  return pickWeighted(rng, SURNAMES) + pick(rng, GIVEN_NAMES[gender][eraOf(birthYear)]);
}

/**
 * A name not yet in `taken`, which it is then added to. The demo keeps full names unique so
 * a tester can find a person by name; real life has duplicates, the system must still key by id.
 */
export function uniqueName(
  rng: Rng,
  gender: 'male' | 'female',
  birthYear: number,
  taken: Set<string>,
): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const name = randomName(rng, gender, birthYear);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error('uniqueName: name space exhausted');
}
