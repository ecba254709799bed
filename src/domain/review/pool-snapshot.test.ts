import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import { expert } from '../../../test/helpers/review-factories';
import { canonicalPoolSnapshot, POOL_SNAPSHOT_VERSION, RELATION_NAMES } from './pool-snapshot';

describe('canonicalPoolSnapshot', () => {
  const pool = [
    expert('E9', {
      name: '王伟',
      unitHistory: [
        { unitId: 'U2', from: '2018-01-01', to: null },
        { unitId: 'U1', from: '2010-01-01', to: '2017-12-31' },
      ],
      relations: [
        { personId: 'P2', kind: 'student' },
        { personId: 'P1', kind: 'relative', note: '配偶' },
      ],
    }),
    expert('E10', { name: '李娜', group: '电气', level: 'associate-senior', unitId: null }),
  ];

  it('writes a version line, then one JSON line per expert in code-unit order of id', () => {
    const lines = canonicalPoolSnapshot(pool).split('\n');
    expect(lines[0]).toBe(POOL_SNAPSHOT_VERSION);
    // 'E10' < 'E9' in code-unit order, whatever a locale would say.
    expect(lines.slice(1).map((l) => JSON.parse(l)[0])).toEqual(['E10', 'E9']);
    expect(JSON.parse(lines[2]!)).toEqual([
      'E9',
      '王伟',
      '机械',
      'senior',
      'U-E9',
      '210300',
      false,
      [
        ['U1', '2010-01-01', '2017-12-31'],
        ['U2', '2018-01-01', null],
      ],
      [
        ['P1', 'relative', '配偶'],
        ['P2', 'student', null],
      ],
    ]);
  });

  it('does not depend on the order of the pool, the unit history or the relations', () => {
    const reordered = [...pool].reverse().map((e) => ({
      ...e,
      unitHistory: [...e.unitHistory].reverse(),
      relations: [...e.relations].reverse(),
    }));
    expect(canonicalPoolSnapshot(reordered)).toBe(canonicalPoolSnapshot(pool));
  });

  it.each([
    ['name', { name: '王伟伟' }],
    ['group', { group: '电气' }],
    ['level', { level: 'associate-senior' as const }],
    ['unit', { unitId: 'U3' }],
    ['unit history', { unitHistory: [{ unitId: 'U1', from: '2010-01-01', to: '2016-12-31' }] }],
    ['relations', { relations: [{ personId: 'P3', kind: 'co-author' as const }] }],
  ])('changes when the %s changes', (_, change) => {
    const changed = [{ ...pool[0]!, ...change }, pool[1]!];
    expect(canonicalPoolSnapshot(changed)).not.toBe(canonicalPoolSnapshot(pool));
  });

  it('refuses duplicate expert ids', () => {
    expect(caughtAppError(() => canonicalPoolSnapshot([expert('E1'), expert('E1')])).code).toBe(
      'POOL_DUPLICATE_EXPERT',
    );
  });

  it('is just the version line for an empty pool', () => {
    expect(canonicalPoolSnapshot([])).toBe(POOL_SNAPSHOT_VERSION);
  });
});

describe('RELATION_NAMES', () => {
  it('names every relation kind in Chinese', () => {
    expect(RELATION_NAMES).toEqual({
      relative: '亲属',
      supervisor: '导师',
      student: '学生',
      'co-author': '合作者',
      'declared-conflict': '本人申明的其他利害关系',
    });
  });
});
