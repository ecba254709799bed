import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import { applicant, expert } from '../../../test/helpers/review-factories';
import { type Level, levelRank } from '../catalogue';
import { type DrawInput, type DrawResult, drawPanel, indexPoolByGroup, type PanelSeat } from './draw-panel';
import { createDrawRandom, type Digest } from './draw-random';
import { conflictsOf } from './recusal';

const sm3: Digest = (input) => crypto.createHash('sm3').update(input, 'utf8').digest();
const LEVELS: Level[] = ['senior', 'senior', 'associate-senior', 'intermediate'];

/** 3 groups × 20 experts, ids E01..E60, with a few conflicts planted against the applicants. */
function session(overrides: Partial<DrawInput> = {}): DrawInput {
  const groups = ['机械', '电气', '土木'];
  const pool = Array.from({ length: 60 }, (_, i) =>
    expert(`E${String(i + 1).padStart(2, '0')}`, {
      name: `专家${String.fromCharCode(0x4e00 + i * 7)}${String.fromCharCode(0x4e50 + i)}`,
      group: groups[i % 3]!,
      level: LEVELS[i % 4]!,
      unitId: `U${i % 25}`,
    }),
  );
  const applicants = [
    applicant('A1', { units: [{ unitId: 'U0', from: '2018-01-01', to: null }] }), // 机械: U0 experts recuse
    applicant('A2', { materialsText: `推荐专家：${pool[3]!.name}` }),
    applicant('A3', { group: '电气', personId: 'P-A3' }),
    applicant('A4', { group: '园林', units: [{ unitId: 'U1', from: '2018-01-01', to: null }] }),
  ];
  pool[4] = { ...pool[4]!, relations: [{ personId: 'P-A3', kind: 'student' }] }; // E05 is 电气
  return {
    seed: '2025-11-20 公开种子',
    poolHash: 'a1b2c3',
    pool,
    applicants,
    strata: [
      { group: '机械', seats: 3, alternates: 2 },
      { group: '电气', seats: 3, alternates: 3, minLevel: 'associate-senior' },
    ],
    asOf: '2025-11-20',
    lookBackYears: 3,
    digest: sm3,
    ...overrides,
  };
}

/** The algorithm as drawPanel documents it, written the plain way an auditor would. */
function replay(input: DrawInput): PanelSeat[] {
  const random = createDrawRandom(input.seed, input.poolHash, input.digest);
  const seated = new Set<string>();
  const recused = new Set<string>();
  const panel: PanelSeat[] = [];
  for (const s of input.strata) {
    const rank = s.minLevel ? levelRank(s.minLevel) : 0;
    const applicants = input.applicants.filter((a) => a.group === s.group);
    const candidates = input.pool
      .filter(
        (e) => e.group === s.group && levelRank(e.level) >= rank && !seated.has(e.id) && !recused.has(e.id),
      )
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    let count = 0;
    for (let i = 0; i < candidates.length && count < s.seats + s.alternates; i++) {
      const j = i + random.nextInt(candidates.length - i);
      [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
      const e = candidates[i]!;
      if (applicants.some((a) => conflictsOf(e, a, input.asOf, input.lookBackYears).length > 0)) {
        recused.add(e.id);
        continue;
      }
      seated.add(e.id);
      count += 1;
      const member = count <= s.seats;
      panel.push({
        expertId: e.id,
        group: s.group,
        role: member ? 'member' : 'alternate',
        order: member ? count : count - s.seats,
      });
    }
  }
  return panel;
}

const ids = (r: DrawResult) => r.panel.map((s) => s.expertId);

describe('drawPanel', () => {
  it('draws members and alternates per stratum, numbered in drawing order', () => {
    const { panel, shortfalls } = drawPanel(session());
    expect(panel.map((s) => `${s.group}/${s.role}/${s.order}`)).toEqual([
      '机械/member/1',
      '机械/member/2',
      '机械/member/3',
      '机械/alternate/1',
      '机械/alternate/2',
      '电气/member/1',
      '电气/member/2',
      '电气/member/3',
      '电气/alternate/1',
      '电气/alternate/2',
      '电气/alternate/3',
    ]);
    expect(new Set(ids(drawPanel(session()))).size).toBe(11);
    expect(shortfalls).toEqual([]);
  });

  it('gives the same result for the same input, whatever the order of the pool', () => {
    const input = session();
    const shuffled = { ...input, pool: [...input.pool].reverse() };
    expect(drawPanel(input)).toEqual(drawPanel(input));
    expect(drawPanel(shuffled)).toEqual(drawPanel(input));
  });

  it('gives the same result from the pool grouped at snapshot time', () => {
    for (const seed of ['s1', 's2', 's3']) {
      const input = session({ seed });
      expect(drawPanel({ ...input, poolIndex: indexPoolByGroup([...input.pool].reverse()) })).toEqual(
        drawPanel(input),
      );
    }
    const input = session();
    expect(caughtAppError(() => indexPoolByGroup([...input.pool, input.pool[0]!])).code).toBe(
      'POOL_DUPLICATE_EXPERT',
    );
  });

  it('draws a different panel for another seed or another pool hash', () => {
    const panel = ids(drawPanel(session()));
    expect(ids(drawPanel(session({ seed: '2025-11-20 另一个种子' })))).not.toEqual(panel);
    expect(ids(drawPanel(session({ poolHash: 'a1b2c4' })))).not.toEqual(panel);
  });

  it('is reproduced exactly by an independent implementation of the documented algorithm', () => {
    for (const seed of ['s1', 's2', 's3', 's4', 's5']) {
      const input = session({ seed });
      expect(drawPanel(input).panel).toEqual(replay(input));
    }
  });

  it('recuses every drawn expert who conflicts with an applicant of the group, records why, and moves on', () => {
    // Drawing whole groups reaches every planted conflict.
    const input = session({
      strata: [
        { group: '机械', seats: 20, alternates: 0 },
        { group: '电气', seats: 15, alternates: 0, minLevel: 'associate-senior' },
      ],
    });
    const { panel, recusals } = drawPanel(input);
    const recused = new Set(recusals.map((r) => r.expertId));
    expect(panel.some((s) => recused.has(s.expertId))).toBe(false);
    const byId = new Map(input.pool.map((e) => [e.id, e]));
    for (const seat of panel)
      for (const a of input.applicants.filter((x) => x.group === seat.group))
        expect(conflictsOf(byId.get(seat.expertId)!, a, input.asOf, input.lookBackYears)).toEqual([]);
    expect(panel).toEqual(replay(input));
    expect(recusals).toContainEqual({
      expertId: 'E04',
      applicationId: 'A2',
      reason: 'named-in-materials',
      detail: `申报材料中出现专家姓名“${input.pool[3]!.name}”`,
    });
    expect(recusals.filter((r) => r.reason === 'same-unit').map((r) => r.expertId)).toEqual(['E01']);
    expect(recusals.find((r) => r.reason === 'relation')).toMatchObject({
      expertId: 'E05',
      applicationId: 'A3',
    });
    // A4's group (园林) is not drawn, so its U1 conflicts are not looked for.
    expect(recusals.some((r) => r.applicationId === 'A4')).toBe(false);
  });

  it('seats only experts at or above the stratum level', () => {
    const input = session();
    const byId = new Map(input.pool.map((e) => [e.id, e]));
    for (const seat of drawPanel(input).panel.filter((s) => s.group === '电气')) {
      expect(byId.get(seat.expertId)!.level).not.toBe('intermediate');
    }
  });

  it('never seats an expert twice when a group appears in two strata', () => {
    const input = session({
      strata: [
        { group: '土木', seats: 4, alternates: 0, minLevel: 'senior' },
        { group: '土木', seats: 6, alternates: 0 },
      ],
    });
    const drawn = ids(drawPanel(input));
    expect(new Set(drawn).size).toBe(10);
    expect(drawPanel(input).panel).toEqual(replay(input));
  });

  it('records a shortfall and seats whoever there is', () => {
    const { panel, shortfalls } = drawPanel(
      session({ strata: [{ group: '土木', seats: 15, alternates: 15, minLevel: 'senior' }] }),
    );
    expect(panel).toHaveLength(10); // 土木 has 10 experts at 正高级
    expect(panel.filter((s) => s.role === 'alternate')).toHaveLength(0);
    expect(shortfalls).toEqual([{ group: '土木', needed: 30, found: 10 }]);
  });

  it('refuses duplicate expert ids and malformed strata', () => {
    const input = session();
    const duplicated = { ...input, pool: [...input.pool, input.pool[0]!] };
    expect(caughtAppError(() => drawPanel(duplicated)).code).toBe('POOL_DUPLICATE_EXPERT');
    expect(
      caughtAppError(() => drawPanel(session({ strata: [{ group: '机械', seats: -1, alternates: 0 }] })))
        .code,
    ).toBe('DRAW_STRATUM_INVALID');
  });
});
