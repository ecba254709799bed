import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCoverage, ruleIdsOf, type SetCoverage, summarizeCoverage } from '../../domain/policy/coverage';
import { POLICY_LAYERS } from '../index';
import { COVERAGE_SETS, SEED_COVERAGE } from './index';
import { CLOSING_CLAUSE, SEED_DOCUMENTS } from './seed-clauses';

/** The seed texts sit beside the repository (/work/shared/seeds when the repo is /work/main). */
const SEEDS_DIR = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** Reads a seed; a missing directory fails the test (never skips it), so coverage cannot pass unread. */
function seedText(policy: string): string {
  const file = path.join(SEEDS_DIR, SEED_DOCUMENTS[policy]!.file);
  if (!fs.existsSync(file)) throw new Error(`找不到种子文件 ${file}：覆盖表无法对照原文检查`);
  return fs.readFileSync(file, 'utf8');
}

const coverageOf = (policy: string): SetCoverage => SEED_COVERAGE.get(policy)!;

describe('seed clause extraction', () => {
  // Known counts from reading the documents: a broken pattern cannot pass silently.
  it('finds every clause of each document, in order, with the closing sentence', () => {
    const anshan = SEED_DOCUMENTS['anshan-2023']!.clauses(seedText('anshan-2023'));
    expect(anshan).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
      '十一',
      CLOSING_CLAUSE,
    ]);

    const liaoyang = SEED_DOCUMENTS['liaoyang-2023']!.clauses(seedText('liaoyang-2023'));
    expect(liaoyang).toHaveLength(18);
    expect(liaoyang.slice(0, 3)).toEqual(['一', '二', '三']);
    expect(liaoyang.slice(-3)).toEqual(['十六', '十七', CLOSING_CLAUSE]);

    const draft = SEED_DOCUMENTS['liaoning-city-2025-draft']!.clauses(seedText('liaoning-city-2025-draft'));
    expect(draft).toEqual([...Array.from({ length: 24 }, (_, i) => String(i + 1)), CLOSING_CLAUSE]);

    const jilin = SEED_DOCUMENTS['jilin-2022']!.clauses(seedText('jilin-2022'));
    expect(jilin).toHaveLength(36);
    expect(jilin).not.toContain(CLOSING_CLAUSE);
    expect(jilin.slice(0, 8)).toEqual([
      '一(一)1',
      '一(一)2',
      '一(一)3',
      '一(一)4',
      '一(二)2',
      '一(二)4',
      '一(三)',
      '一(四)1',
    ]);
    expect(jilin).toEqual(
      expect.arrayContaining(['一(八)3', '二(二)', '三(三)', '四(二)', '四(六)', '六(四)']),
    );
    expect(jilin).not.toContain('四(一)');
    expect(jilin).not.toContain('一(七)');
  });

  it('reads a section with items as its items and a bare section as itself', () => {
    const text = '一、甲\n(一)乙\n1.丙\n2.丁\n(二)戊\n二、己\n(一)庚';
    expect(SEED_DOCUMENTS['jilin-2022']!.clauses(text)).toEqual(['一(一)1', '一(一)2', '一(二)', '二(一)']);
  });
});

describe.each(COVERAGE_SETS)('coverage map of %s', (policy) => {
  const coverage = coverageOf(policy);

  it('lists every clause of the seed once, and no clause the seed lacks', () => {
    const inText = SEED_DOCUMENTS[policy]!.clauses(seedText(policy));
    const inMap = coverage.clauses.map((c) => c.clause);
    expect(new Set(inMap).size).toBe(inMap.length);
    expect(inMap.filter((id) => !inText.includes(id))).toEqual([]);
    expect(inText.filter((id) => !inMap.includes(id))).toEqual([]);
    expect(inMap).toEqual(inText);
  });

  it('names only rule ids its policy set defines', () => {
    const known = ruleIdsOf(POLICY_LAYERS, policy);
    const unknown = coverage.clauses.flatMap((c) =>
      c.provisions.flatMap((p) =>
        (p.rules ?? []).filter((id) => !known.has(id)).map((id) => `${c.clause}: ${id}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('points "elsewhere" at files that exist and export the symbol', () => {
    const missing: string[] = [];
    for (const clause of coverage.clauses) {
      for (const p of clause.provisions) {
        if (p.status !== 'elsewhere' || !p.where) continue;
        const file = path.join(REPO_ROOT, p.where.file);
        const source = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        const exported = new RegExp(
          `export\\s+(?:async\\s+)?(?:function\\*?|const|let|class|interface|type)\\s+${p.where.symbol}\\b`,
        );
        if (!exported.test(source)) missing.push(`${clause.clause}: ${p.where.file} ${p.where.symbol}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('checks clean, with a Chinese heading and summary throughout', () => {
    expect(checkCoverage(coverage, ruleIdsOf(POLICY_LAYERS, policy))).toEqual([]);
    for (const clause of coverage.clauses) {
      expect(clause.heading).toMatch(/[\u4e00-\u9fa5]/);
      for (const p of clause.provisions) {
        expect(p.summary).toMatch(/[\u4e00-\u9fa5]/);
        if (p.why) expect(p.why).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    const summary = summarizeCoverage(coverage);
    expect(summary.encoded).toBeGreaterThan(0);
    expect(summary.encoded + summary.elsewhere + summary.planned + summary['not-a-rule']).toBe(
      summary.provisions,
    );
  });
});

describe('coverage checks', () => {
  const known = new Set(['one-step']);
  it('reports each kind of problem', () => {
    const broken: SetCoverage = {
      policy: 'x',
      clauses: [
        {
          clause: '一',
          heading: '甲',
          provisions: [
            { summary: '已编码无规则', status: 'encoded' },
            { summary: '未知规则', status: 'encoded', rules: ['no-such-rule'] },
            { summary: '无位置', status: 'elsewhere' },
            { summary: '无议题', status: 'planned', why: '原因' },
            { summary: '无原因', status: 'not-a-rule' },
          ],
        },
        {
          clause: '一',
          heading: '乙',
          provisions: [{ summary: '好', status: 'encoded', rules: ['one-step'] }],
        },
      ],
    };
    const messages = checkCoverage(broken, known).map((p) => p.message);
    expect(messages).toEqual([
      '状态为已编码，但未列出规则编号',
      '规则编号 no-such-rule 在该政策集的规则库中不存在',
      '状态为其他模块执行，但未写明文件和函数',
      '状态为待建设，但未写明所属议题编号',
      '状态为非系统规则，但未写明原因',
      '条款 一 重复列出',
    ]);
  });

  it('collects rule ids across the layer chain: parameters, rules, variants, conditions, routing', () => {
    const ids = ruleIdsOf(POLICY_LAYERS, 'anshan-2023');
    for (const id of [
      'publicity.resultWorkdays', // national parameter
      'not-retired', // national general rule
      'one-step', // variant
      'one-step.once', // condition inside a variant
      'routing.provincial-senior', // routing
    ])
      expect(ids).toContain(id);
    expect(ids).not.toContain('direct-recognition.rural-teacher');
    expect(() => ruleIdsOf(POLICY_LAYERS, 'nowhere')).toThrow();
  });
});
