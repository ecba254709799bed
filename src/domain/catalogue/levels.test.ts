import { describe, expect, it } from 'vitest';
import { compareLevels, isLevel, LEVELS, levelName, levelRank, nextLevelDown, nextLevelUp } from './index';

describe('levels', () => {
  it('lists the five levels highest first', () => {
    expect(LEVELS).toEqual(['senior', 'associate-senior', 'intermediate', 'assistant', 'entry']);
  });

  it('names them in Chinese', () => {
    expect(LEVELS.map(levelName)).toEqual(['正高级', '副高级', '中级', '助理级', '员级']);
  });

  it('recognises level codes only', () => {
    expect(isLevel('associate-senior')).toBe(true);
    expect(isLevel('senior ')).toBe(false);
    expect(isLevel('副高级')).toBe(false);
    expect(isLevel(3)).toBe(false);
    expect(isLevel(undefined)).toBe(false);
  });

  it('ranks senior highest', () => {
    expect(levelRank('senior')).toBe(5);
    expect(levelRank('entry')).toBe(1);
    expect(compareLevels('senior', 'intermediate')).toBeGreaterThan(0);
    expect(compareLevels('assistant', 'intermediate')).toBeLessThan(0);
    expect(compareLevels('assistant', 'assistant')).toBe(0);
  });

  it('steps up and down the ladder', () => {
    expect(nextLevelUp('entry')).toBe('assistant');
    expect(nextLevelUp('intermediate')).toBe('associate-senior');
    expect(nextLevelUp('associate-senior')).toBe('senior');
    expect(nextLevelUp('senior')).toBeNull();
    expect(nextLevelDown('senior')).toBe('associate-senior');
    expect(nextLevelDown('entry')).toBeNull();
  });
});
