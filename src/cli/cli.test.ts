import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli, cliOnOwnDatabase } from '../../test/helpers/cli-runs';
import { expectContainsAll } from '../../test/helpers/text-expectations';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'zhiping');
/** The CLI against its own embedded database in a temporary directory. */
const cliHome = cliOnOwnDatabase('zhiping-cli-');

describe('bin/zhiping', () => {
  it('prints help listing the commands', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    expectContainsAll(out, [
      'calendar workdays',
      'calendar is-workday',
      'validate id-number',
      'validate credit-code',
      'db migrate',
      'audit verify',
    ]);
  });

  it('validates identifiers with exit status 0 either way (CONTRACTS §3)', async () => {
    expect(await cli('validate', 'id-number', '11010519491231002X')).toMatchObject({
      code: 0,
      out: '{"valid":true}',
    });
    expect(await cli('validate', 'credit-code', '91350100M000100Y43')).toMatchObject({
      code: 0,
      out: '{"valid":true}',
    });
    const bad = await cli('validate', 'id-number', '11010519491231002');
    expect(bad.code).toBe(0);
    expect(JSON.parse(bad.out)).toEqual({ valid: false, reason: expect.stringContaining('18位') });
    expect((await cli('validate', 'passport', 'E123')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('answers calendar questions from its database (CONTRACTS §2)', async () => {
    expect(await cli('calendar', 'workdays', '--from', '2025-09-29', '--count', '5')).toMatchObject({
      code: 0,
      out: '2025-10-11',
    });
    expect(await cli('calendar', 'is-workday', '2025-10-11')).toMatchObject({ code: 0, out: 'true' });
    expect(await cli('calendar', 'is-workday', '2025-10-01')).toMatchObject({ code: 0, out: 'false' });

    const unknown = await cli('calendar', 'workdays', '--from', '2027-03-01', '--count', '5');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('2027');
    const badDate = await cli('calendar', 'is-workday', '2025-02-30');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('date');
    const badCount = await cli('calendar', 'workdays', '--from', '2025-09-29', '--count', '0');
    expect(badCount.code).toBe(2);
    expect(badCount.err).toContain('count');
    expect((await cli('calendar', 'workdays', '--from', '2025-09-29')).code).toBe(2);
  });

  it('checks eligibility from a file and from stdin, with the same result JSON as the API (CONTRACTS §1)', async () => {
    const file = path.resolve(
      import.meta.dirname,
      '..',
      '..',
      'test',
      'fixtures',
      'eligibility-example.json',
    );
    const { code, out } = await cli('eligibility', 'check', file);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ eligible: false, pathway: 'regular', earliestEligibleOn: '2024-01-01' });
    expect(result.unmet[0].rule).toBe('engineering.associate-senior.seniority');

    const { stdout } = await run('sh', ['-c', `cat ${file} | ${BIN} eligibility check -`]);
    expect(JSON.parse(stdout)).toEqual(result);

    const invalid = await run('sh', [
      '-c',
      `echo '{"policy":"anshan-2023"}' | ${BIN} eligibility check -`,
    ]).catch((e) => e);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('asOf');
    const notJson = await run('sh', ['-c', `echo 'nope' | ${BIN} eligibility check -`]).catch((e) => e);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('JSON');
  });

  it('shows the differences between two policy sets', async () => {
    const { code, out } = await cli('policy', 'diff', 'anshan-2023', 'jilin-2022');
    expect(code).toBe(0);
    expect(out).toContain('ce.requiredFromYear');
    expect(out).toMatch(/共 \d+ 处不同/);
    const json = await cli('policy', 'diff', 'anshan-2023', 'jilin-2022', '--json');
    const diff = JSON.parse(json.out);
    expect(diff.rows.find((r: { key: string }) => r.key === 'ce.requiredFromYear')).toMatchObject({
      status: 'changed',
      a: { value: null },
      b: { value: 2023 },
    });
    expect((await cli('policy', 'diff', 'anshan-2023', 'mars-2030')).code).toBe(2);
  });

  it('verifies the audit chain', async () => {
    const { code, out } = await cli('audit', 'verify');
    expect(code).toBe(0);
    expect(out).toContain('校验通过');
  });

  it('works as an executable with the exact contract output', async () => {
    const { stdout } = await run(BIN, ['calendar', 'workdays', '--from', '2025-09-29', '--count', '5'], {
      env: { ...process.env, ZHIPING_DATA_DIR: cliHome.dir },
    });
    expect(stdout).toBe('2025-10-11\n');
    const failure = await run(BIN, ['calendar', 'is-workday', '2031-01-01'], {
      env: { ...process.env, ZHIPING_DATA_DIR: cliHome.dir },
    }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('2031');
  });
});
