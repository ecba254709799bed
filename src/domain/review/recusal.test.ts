import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import { applicant, expert } from '../../../test/helpers/review-factories';
import { ConflictChecker } from './conflict-checker';
import { MaterialsIndex } from './materials-index';
import { conflictsOf } from './recusal';

const AS_OF = '2025-06-01';
const reasons = (list: { reason: string }[]) => list.map((r) => r.reason);

describe('conflictsOf', () => {
  it('finds nothing between strangers', () => {
    expect(conflictsOf(expert('E1'), applicant('A1'), AS_OF, 3)).toEqual([]);
  });

  it('records the same unit when the expert works where the applicant works now', () => {
    const a = applicant('A1', { units: [{ unitId: 'U1', from: '2020-01-01', to: null }] });
    expect(conflictsOf(expert('E1', { unitId: 'U1' }), a, AS_OF, 3)).toEqual([
      { expertId: 'E1', applicationId: 'A1', reason: 'same-unit', detail: '与申报人同在单位U1' },
    ]);
  });

  it('records a former common unit whose periods overlap within the look-back years', () => {
    const e = expert('E1', { unitHistory: [{ unitId: 'U1', from: '2015-01-01', to: '2023-03-31' }] });
    const a = applicant('A1', {
      units: [
        { unitId: 'U1', from: '2022-01-01', to: '2024-12-31' },
        { unitId: 'U9', from: '2025-01-01', to: null },
      ],
    });
    expect(conflictsOf(e, a, AS_OF, 3)).toEqual([
      { expertId: 'E1', applicationId: 'A1', reason: 'former-unit', detail: '近3年内与申报人曾同在单位U1' },
    ]);
  });

  it('counts periods that share a single day, but not adjacent ones', () => {
    const e = expert('E1', { unitHistory: [{ unitId: 'U1', from: '2015-01-01', to: '2023-03-31' }] });
    const touching = applicant('A1', { units: [{ unitId: 'U1', from: '2023-03-31', to: null }] });
    const adjacent = applicant('A2', { units: [{ unitId: 'U1', from: '2023-04-01', to: null }] });
    expect(reasons(conflictsOf(e, touching, AS_OF, 3))).toEqual(['former-unit']);
    expect(conflictsOf(e, adjacent, AS_OF, 3)).toEqual([]);
  });

  it('looks back exactly the given years (window start inclusive)', () => {
    const ended = (to: string) =>
      conflictsOf(
        expert('E1', { unitHistory: [{ unitId: 'U1', from: '2010-01-01', to }] }),
        applicant('A1', { units: [{ unitId: 'U1', from: '2012-01-01', to: null }] }),
        AS_OF,
        3,
      );
    expect(reasons(ended('2022-06-01'))).toEqual(['former-unit']);
    expect(ended('2022-05-31')).toEqual([]);
  });

  it('with no look-back, only a common unit on the day itself counts', () => {
    const e = expert('E1', { unitHistory: [{ unitId: 'U1', from: '2010-01-01', to: '2025-05-31' }] });
    const a = applicant('A1', { units: [{ unitId: 'U1', from: '2012-01-01', to: null }] });
    expect(conflictsOf(e, a, AS_OF, 0)).toEqual([]);
  });

  it('treats a current unit missing from the history as held since ever', () => {
    const a = applicant('A1', { units: [{ unitId: 'U1', from: '2019-01-01', to: '2024-06-30' }] });
    expect(reasons(conflictsOf(expert('E1', { unitId: 'U1' }), a, AS_OF, 3))).toEqual(['former-unit']);
  });

  it('records declared relations to the applicant, one recusal naming every kind', () => {
    const e = expert('E1', {
      relations: [
        { personId: 'P-A1', kind: 'supervisor' },
        { personId: 'P-A1', kind: 'co-author', note: '合著论文3篇' },
        { personId: 'P-X', kind: 'relative' },
      ],
    });
    expect(conflictsOf(e, applicant('A1'), AS_OF, 3)).toEqual([
      {
        expertId: 'E1',
        applicationId: 'A1',
        reason: 'relation',
        detail: '专家申明与申报人存在利害关系：导师、合作者（合著论文3篇）',
      },
    ]);
  });

  it('records an expert named in the materials, for names of two characters or more', () => {
    const a = applicant('A1', { materialsText: '合作者：王伟、张三丰；推荐专家：李' });
    expect(conflictsOf(expert('E1', { name: ' 王伟 ' }), a, AS_OF, 3)).toEqual([
      {
        expertId: 'E1',
        applicationId: 'A1',
        reason: 'named-in-materials',
        detail: '申报材料中出现专家姓名“王伟”',
      },
    ]);
    expect(conflictsOf(expert('E2', { name: '李' }), a, AS_OF, 3)).toEqual([]);
    expect(conflictsOf(expert('E3', { name: '张三' }), a, AS_OF, 3).length).toBe(1);
  });

  it('records one recusal per reason, in reason order', () => {
    const e = expert('E1', {
      name: '王伟',
      unitId: 'U1',
      unitHistory: [{ unitId: 'U2', from: '2010-01-01', to: '2023-12-31' }],
      relations: [{ personId: 'P-A1', kind: 'relative' }],
    });
    const a = applicant('A1', {
      units: [
        { unitId: 'U2', from: '2020-01-01', to: '2023-12-31' },
        { unitId: 'U1', from: '2024-01-01', to: null },
      ],
      materialsText: '推荐专家：王伟',
    });
    expect(reasons(conflictsOf(e, a, AS_OF, 3))).toEqual([
      'same-unit',
      'former-unit',
      'relation',
      'named-in-materials',
    ]);
  });

  it('refuses a bad date or look-back', () => {
    expect(caughtAppError(() => conflictsOf(expert('E1'), applicant('A1'), '2025-13-01', 3)).kind).toBe(
      'invalid',
    );
    expect(caughtAppError(() => conflictsOf(expert('E1'), applicant('A1'), AS_OF, -1)).code).toBe(
      'RECUSAL_LOOKBACK_INVALID',
    );
  });
});

describe('ConflictChecker', () => {
  it('checks an expert against many applicants, by applicant then reason', () => {
    const checker = new ConflictChecker(
      [
        applicant('A1', { materialsText: '合作者王伟' }),
        applicant('A2', { units: [{ unitId: 'U1', from: '2020-01-01', to: null }] }),
        applicant('A3'),
      ],
      AS_OF,
      3,
    );
    const found = checker.check(expert('E1', { name: '王伟', unitId: 'U1' }));
    expect(found?.map((r) => `${r.applicationId}:${r.reason}`)).toEqual([
      'A1:named-in-materials',
      'A2:same-unit',
    ]);
    expect(checker.check(expert('E2'))).toBeNull();
  });
});

describe('MaterialsIndex', () => {
  it('answers which texts contain a name, ascending, without matching across texts', () => {
    const index = new MaterialsIndex(['张三丰与王伟', '王', '伟业', '刘洋，王伟，王伟', '']);
    expect(index.textsNaming('王伟')).toEqual([0, 3]);
    expect(index.textsNaming('张三丰')).toEqual([0]);
    expect(index.textsNaming('王伟业')).toBeNull(); // '王' and '伟业' are different texts
    expect(index.textsNaming('赵')).toBeNull();
    expect(new MaterialsIndex([]).textsNaming('王伟')).toBeNull();
  });
});
