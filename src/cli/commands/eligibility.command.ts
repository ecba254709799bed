import fs from 'node:fs';
import { invalidInput } from '../../domain/errors';
import type { EligibilityRequest } from '../../domain/policy';
import { checkEligibility } from '../../modules/eligibility/eligibility.service';
import { eligibilityRequestSchema } from '../../modules/eligibility/eligibility-request.schema';
import { zodIssuesToProblems } from '../../server/zod-messages';
import { type CliIo, UsageError } from '../cli-io';

/** `eligibility check FILE` (`-` = stdin): the same request and result JSON as the API. */
export function eligibilityCommand(
  args: string[],
  io: CliIo,
  readStdin: () => string = () => fs.readFileSync(0, 'utf8'),
): number {
  const [sub, file, extra] = args;
  if (sub !== 'check' || !file || extra !== undefined)
    throw new UsageError('用法：zhiping eligibility check 文件.json（- 表示标准输入）');
  let text: string;
  try {
    text = file === '-' ? readStdin() : fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`无法读取文件：${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError('请求不是有效的JSON');
  }
  const parsed = eligibilityRequestSchema.safeParse(json);
  if (!parsed.success) throw invalidInput(zodIssuesToProblems(parsed.error.issues));
  io.out(JSON.stringify(checkEligibility(parsed.data as EligibilityRequest), null, 2));
  return 0;
}
