import { describe, expect, it } from 'vitest';
import {
  findSeries,
  isByExam,
  isExamSeries,
  isSeriesSlug,
  LEVELS,
  levelsOf,
  listSeries,
  seriesHasLevel,
  titleName,
} from './index';

const CONTRACT_SLUGS = [
  'engineering',
  'primary-secondary-teacher',
  'higher-education-teacher',
  'health',
  'natural-science-research',
  'agriculture',
  'accounting',
  'economics',
];

describe('the catalogue', () => {
  it('has exactly the 27 national series', () => {
    expect(listSeries()).toHaveLength(27);
  });

  it('numbers them 01–27 with unique codes and slugs', () => {
    const series = listSeries();
    expect(series.map((s) => s.code)).toEqual(
      Array.from({ length: 27 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(new Set(series.map((s) => s.slug)).size).toBe(27);
    expect(new Set(series.map((s) => s.name)).size).toBe(27);
    for (const s of series) expect(s.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('contains every slug fixed by the public contract', () => {
    for (const slug of CONTRACT_SLUGS) expect(findSeries(slug)?.slug).toBe(slug);
  });

  it('follows the order of the 人社部 list', () => {
    const names = listSeries().map((s) => s.name);
    expect(names.slice(0, 5)).toEqual([
      '高等学校教师',
      '哲学社会科学研究人员',
      '自然科学研究人员',
      '卫生技术人员',
      '工程技术人员',
    ]);
    expect(names[21]).toBe('中小学教师');
    expect(names[26]).toBe('审计专业人员');
  });

  it('gives every series at least one line and lists levels highest first', () => {
    for (const s of listSeries()) {
      expect(s.lines.length).toBeGreaterThan(0);
      const ranks = s.levels.map((l) => LEVELS.indexOf(l.level));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const l of s.levels) expect(l.titles.length).toBeGreaterThan(0);
    }
  });
});

describe('findSeries', () => {
  it('finds by slug or by code', () => {
    expect(findSeries('engineering')?.code).toBe('05');
    expect(findSeries('05')?.slug).toBe('engineering');
    expect(findSeries('22')?.slug).toBe('primary-secondary-teacher');
  });

  it('returns undefined for unknown keys', () => {
    expect(findSeries('Engineering')).toBeUndefined();
    expect(findSeries('5')).toBeUndefined();
    expect(findSeries('28')).toBeUndefined();
    expect(isSeriesSlug('engineering')).toBe(true);
    expect(isSeriesSlug('05')).toBe(false);
  });
});

describe('level names', () => {
  it.each([
    ['engineering', ['正高级工程师', '高级工程师', '工程师', '助理工程师', '技术员']],
    ['primary-secondary-teacher', ['正高级教师', '高级教师', '一级教师', '二级教师', '三级教师']],
  ] as const)('%s: %j, senior to entry', (series, names) => {
    expect(LEVELS.map((l) => titleName(series, l))).toEqual(names);
  });

  it('higher education teachers have no 员级', () => {
    expect(levelsOf('higher-education-teacher')).toEqual([
      'senior',
      'associate-senior',
      'intermediate',
      'assistant',
    ]);
    expect(titleName('higher-education-teacher', 'senior')).toBe('教授');
    expect(titleName('higher-education-teacher', 'assistant')).toBe('助教');
    expect(titleName('higher-education-teacher', 'entry')).toBeUndefined();
    expect(seriesHasLevel('higher-education-teacher', 'entry')).toBe(false);
  });

  it('health has the 医、药、护、技 lines', () => {
    expect(titleName('health', 'senior')).toBe('主任医师');
    expect(titleName('health', 'intermediate')).toBe('主治医师');
    expect(titleName('health', 'entry')).toBe('医士');
    expect(LEVELS.map((l) => titleName('health', l, 'nurse'))).toEqual([
      '主任护师',
      '副主任护师',
      '主管护师',
      '护师',
      '护士',
    ]);
    expect(LEVELS.map((l) => titleName('health', l, 'pharmacist'))).toEqual([
      '主任药师',
      '副主任药师',
      '主管药师',
      '药师',
      '药士',
    ]);
    expect(titleName('health', 'senior', 'technician')).toBe('主任技师');
    const intermediate = findSeries('health')?.levels.find((l) => l.level === 'intermediate');
    expect(intermediate?.titles).toEqual(['主治医师', '主管药师', '主管护师', '主管技师']);
  });

  it('accounting, economics, statistics and audit have no 员级 (初级只设助理级)', () => {
    for (const slug of ['accounting', 'economics', 'statistics', 'audit']) {
      expect(seriesHasLevel(slug, 'entry')).toBe(false);
      expect(seriesHasLevel(slug, 'senior')).toBe(true);
    }
    expect(titleName('accounting', 'assistant')).toBe('助理会计师');
    expect(titleName('economics', 'senior')).toBe('正高级经济师');
  });

  it('agriculture has 农业技术推广研究员 alongside the 正高级 titles', () => {
    const senior = findSeries('agriculture')?.levels.find((l) => l.level === 'senior');
    expect(senior?.titles).toEqual(['正高级农艺师', '正高级畜牧师', '正高级兽医师', '农业技术推广研究员']);
    expect(findSeries('agriculture')?.levels.find((l) => l.level === 'entry')?.titles).toEqual([
      '农业技术员',
    ]);
  });

  it('some series lack 正高级 or 员级, encoded exactly', () => {
    expect(seriesHasLevel('ship', 'senior')).toBe(false);
    expect(seriesHasLevel('cultural-relics', 'entry')).toBe(false);
    expect(seriesHasLevel('library', 'entry')).toBe(true);
    expect(titleName('translation', 'senior')).toBe('译审');
    expect(titleName('translation', 'assistant')).toBe('三级翻译');
    expect(titleName('art', 'senior', 'actor')).toBe('一级演员');
    expect(titleName('art', 'assistant', 'actor')).toBe('四级演员');
  });

  it('is undefined for unknown series, lines or levels', () => {
    expect(titleName('nope', 'senior')).toBeUndefined();
    expect(titleName('health', 'senior', 'surgeon')).toBeUndefined();
    expect(levelsOf('nope')).toEqual([]);
  });
});

describe('以考代评', () => {
  it('初级 and 中级 of 会计, 经济, 统计, 审计 and 卫生 are by exam; 高级 are not', () => {
    for (const slug of ['accounting', 'economics', 'statistics', 'audit', 'health']) {
      expect(isByExam(slug, 'intermediate')).toBe(true);
      expect(isByExam(slug, 'assistant')).toBe(true);
      expect(isByExam(slug, 'associate-senior')).toBe(false);
      expect(isByExam(slug, 'senior')).toBe(false);
    }
    expect(isByExam('health', 'entry')).toBe(true);
  });

  it('a level the series lacks is never by exam', () => {
    expect(isByExam('accounting', 'entry')).toBe(false);
  });

  it('reviewed series are not by exam', () => {
    for (const slug of [
      'engineering',
      'primary-secondary-teacher',
      'higher-education-teacher',
      'agriculture',
    ]) {
      for (const level of LEVELS) expect(isByExam(slug, level)).toBe(false);
    }
  });

  it('计算机技术与软件 is an engineering line by exam at every level it has', () => {
    expect(isByExam('engineering', 'intermediate', 'computer-software')).toBe(true);
    expect(isByExam('engineering', 'associate-senior', 'computer-software')).toBe(true);
    expect(isByExam('engineering', 'entry', 'computer-software')).toBe(true);
    expect(isByExam('engineering', 'senior', 'computer-software')).toBe(false);
    expect(isByExam('engineering', 'intermediate', 'engineer')).toBe(false);
    expect(titleName('engineering', 'intermediate', 'computer-software')).toBe('工程师');
  });

  it('health lines inherit the series exam levels', () => {
    expect(isByExam('health', 'intermediate', 'nurse')).toBe(true);
    expect(isByExam('health', 'associate-senior', 'nurse')).toBe(false);
  });

  it('exam series are exactly 卫生, 会计, 统计, 经济, 审计', () => {
    const exam = listSeries()
      .filter((s) => isExamSeries(s))
      .map((s) => s.slug);
    expect(exam).toEqual(['health', 'accounting', 'statistics', 'economics', 'audit']);
    expect(isExamSeries('engineering')).toBe(false);
    expect(isExamSeries('nope')).toBe(false);
  });
});
