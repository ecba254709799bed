import { todayInShanghai } from '../../domain/calendar';
import { validateIdentifier } from '../../modules/identifiers/validate-identifier';
import type { CliIo } from '../cli-io';
import { UsageError } from '../cli-io';

const TYPES = { 'id-number': 'id-number', 'credit-code': 'credit-code' } as const;

/** `validate id-number X` / `validate credit-code X`: CONTRACTS §3, exit 0 either way. */
export function validateCommand(args: string[], io: CliIo, now: Date = new Date()): number {
  const [type, value, extra] = args;
  if (!type || !(type in TYPES)) throw new UsageError('用法：zhiping validate id-number|credit-code 值');
  if (value === undefined || extra !== undefined)
    throw new UsageError(`用法：zhiping validate ${type} 值（只接受一个值）`);
  io.out(JSON.stringify(validateIdentifier(TYPES[type as keyof typeof TYPES], value, todayInShanghai(now))));
  return 0;
}
