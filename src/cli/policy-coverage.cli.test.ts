import { describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli-runs';
import { showCoverage } from '../modules/policy/policies.service';
import { policyCoverageCommand } from './commands/policy-coverage.command';

describe('bin/zhiping policy coverage (CONTRACTS §5)', () => {
  it('is listed in --help', async () => {
    expect((await cli('--help')).out).toContain('policy coverage');
  });

  it('prints one block per clause, one labelled line per provision, and the counts', async () => {
    const { code, out, err } = await cli('policy', 'coverage', 'anshan-2023');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('\n七 科学完善职称评审标准条件\n');
    expect(out).toMatch(/\[已编码\] .*规则：exceptional\.education、exceptional\.recommendations/);
    expect(out).toMatch(
      /\[其他模块执行\] .*位置：src\/domain\/applications\/commitment-texts\.ts COMMITMENT_TEXTS/,
    );
    expect(out).toMatch(/\[待建设（#\d+）\] .*原因：/);
    expect(out).toMatch(/\[非系统规则\] .*原因：/);
    expect(out.split('\n').at(-1)).toMatch(
      /^共 12 条、\d+ 项规定：已编码 \d+，其他模块执行 \d+，待建设 \d+，非系统规则 \d+$/,
    );
  });

  it('prints JSON in which every clause id is a string value', async () => {
    for (const set of ['anshan-2023', 'liaoyang-2023', 'liaoning-city-2025-draft', 'jilin-2022']) {
      const { code, out } = await cli('policy', 'coverage', set, '--json');
      expect(code).toBe(0);
      const body = JSON.parse(out);
      expect(Object.keys(body)).toEqual(['policy', 'name', 'clauses', 'summary']);
      expect(body.policy).toBe(set);
      for (const clause of body.clauses) expect(typeof clause.clause).toBe('string');
      expect(body.summary.clauses).toBe(body.clauses.length);
    }
    const jilin = JSON.parse((await cli('policy', 'coverage', 'jilin-2022', '--json')).out);
    expect(jilin.clauses.map((c: { clause: string }) => c.clause)).toContain('一(四)1');
    const draft = JSON.parse((await cli('policy', 'coverage', '--json', 'liaoning-city-2025-draft')).out);
    expect(
      draft.clauses.find((c: { clause: string }) => c.clause === '14').provisions.length,
    ).toBeGreaterThan(3);
  });

  it('refuses a set without a seed document, or no set, with exit status 2', async () => {
    const national = await cli('policy', 'coverage', 'national');
    expect(national.code).toBe(2);
    expect(national.err).toContain('没有对应的种子文件');
    expect((await cli('policy', 'coverage', 'beijing-2024')).code).toBe(2);
    const missing = await cli('policy', 'coverage');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('用法');
    expect((await cli('policy', 'coverage', 'anshan-2023', 'jilin-2022')).code).toBe(2);
  });

  it('exits 1 and names the problems on stderr when the map does not check clean', () => {
    const out: string[] = [];
    const err: string[] = [];
    const broken = (set: string) => ({
      ...showCoverage(set),
      problems: [{ clause: '七', provision: 1, message: '规则编号 x 在该政策集的规则库中不存在' }],
    });
    const code = policyCoverageCommand(
      ['anshan-2023'],
      { out: (l) => out.push(l), err: (l) => err.push(l) },
      broken,
    );
    expect(code).toBe(1);
    expect(err).toEqual(['条款 七 第2项：规则编号 x 在该政策集的规则库中不存在']);
    expect(out.length).toBeGreaterThan(10);
  });
});
