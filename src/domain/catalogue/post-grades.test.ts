import { describe, expect, it } from 'vitest';
import {
  findStructureRatio,
  highestGradeOf,
  isPostGrade,
  LEVELS,
  levelOfPostGrade,
  lowestGradeOf,
  NATIONAL_SPECIAL_POST_GRADE,
  NATIONAL_STRUCTURE_RATIOS,
  POST_GRADES,
  postGradeName,
  postGradesOf,
  unknownPostGradeMessage,
  WITHIN_LEVEL_PROMOTION_GRADES,
} from './index';

describe('post grades', () => {
  it.each([
    ['senior', [1, 2, 3, 4]],
    ['associate-senior', [5, 6, 7]],
    ['intermediate', [8, 9, 10]],
    ['assistant', [11, 12]],
    ['entry', [13]],
  ] as const)('maps the %s level to grades %j per 国人部发〔2006〕70号', (level, grades) => {
    expect(postGradesOf(level)).toEqual(grades);
  });

  it('covers every grade exactly once', () => {
    const all = LEVELS.flatMap((level) => postGradesOf(level)).sort((a, b) => a - b);
    expect(all).toEqual([...POST_GRADES]);
  });

  it('finds the level of a grade', () => {
    expect(levelOfPostGrade(1)).toBe('senior');
    expect(levelOfPostGrade(4)).toBe('senior');
    expect(levelOfPostGrade(5)).toBe('associate-senior');
    expect(levelOfPostGrade(7)).toBe('associate-senior');
    expect(levelOfPostGrade(8)).toBe('intermediate');
    expect(levelOfPostGrade(10)).toBe('intermediate');
    expect(levelOfPostGrade(11)).toBe('assistant');
    expect(levelOfPostGrade(12)).toBe('assistant');
    expect(levelOfPostGrade(13)).toBe('entry');
    expect(levelOfPostGrade(0)).toBeUndefined();
    expect(levelOfPostGrade(14)).toBeUndefined();
    expect(levelOfPostGrade(8.5)).toBeUndefined();
  });

  it('knows the entry and top grade of each level', () => {
    expect(LEVELS.map(lowestGradeOf)).toEqual([4, 7, 10, 12, 13]);
    expect(LEVELS.map(highestGradeOf)).toEqual([1, 5, 8, 11, 13]);
  });

  it('marks grade 1 as the national special post', () => {
    expect(NATIONAL_SPECIAL_POST_GRADE).toBe(1);
  });

  it('validates grades from untrusted input', () => {
    expect(isPostGrade(9)).toBe(true);
    expect(isPostGrade(0)).toBe(false);
    expect(isPostGrade('9')).toBe(false);
  });
});

describe('national structure ratios', () => {
  it('holds the targets of 国人部发〔2006〕87号', () => {
    expect(findStructureRatio('tiers')?.ratio).toEqual([1, 3, 6]);
    expect(findStructureRatio('senior-grades')?.ratio).toEqual([1, 3, 6]);
    expect(findStructureRatio('associate-senior-grades')?.ratio).toEqual([2, 4, 4]);
    expect(findStructureRatio('intermediate-grades')?.ratio).toEqual([3, 4, 3]);
    expect(findStructureRatio('assistant-grades')?.ratio).toEqual([5, 5]);
    expect(findStructureRatio('nope')).toBeUndefined();
  });

  it('compares the grades the ratio names, one part per group', () => {
    expect(findStructureRatio('senior-grades')?.groups.map((g) => g.grades)).toEqual([[2], [3], [4]]);
    expect(findStructureRatio('tiers')?.groups.map((g) => g.grades.length)).toEqual([7, 3, 3]);
    for (const ratio of NATIONAL_STRUCTURE_RATIOS) {
      expect(ratio.groups).toHaveLength(ratio.ratio.length);
      expect(ratio.ratio.reduce((a, b) => a + b, 0)).toBe(10);
    }
  });

  it('cites the national document on every ratio', () => {
    for (const ratio of NATIONAL_STRUCTURE_RATIOS) {
      expect(ratio.citation).toEqual({ document: 'national', clause: '国人部发〔2006〕87号' });
    }
  });
});

describe('grades for posts and appointments', () => {
  it('names the grades one is promoted to within a level: neither a lowest grade nor grade 1', () => {
    expect(WITHIN_LEVEL_PROMOTION_GRADES).toEqual([2, 3, 5, 6, 8, 9, 11]);
  });

  it('names a grade and refuses an unknown one the same way everywhere', () => {
    expect(postGradeName(9)).toBe('专业技术9级');
    expect(unknownPostGradeMessage(14)).toBe('不存在专业技术14级岗位（等级为1至13级）');
  });
});
