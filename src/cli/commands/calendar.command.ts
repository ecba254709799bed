import { dataDirOwner } from '../../db/data-dir-lock';
import { parseCalendarDate } from '../../domain/calendar';
import { AppError, invalidInput } from '../../domain/errors';
import type { AppConfig } from '../../platform/config';
import { openAppContext } from '../../server/bootstrap';
import { type CliIo, parseArgs, requireOption, UsageError } from '../cli-io';

type CalendarQuery = { kind: 'workdays'; from: string; count: number } | { kind: 'is-workday'; date: string };

function parseQuery(args: string[]): CalendarQuery {
  const [sub, ...rest] = args;
  const { positional, options } = parseArgs(rest);
  if (sub === 'workdays') {
    const from = parseCalendarDate(requireOption(options, 'from'), 'from');
    const countText = requireOption(options, 'count');
    if (!/^\d+$/.test(countText)) throw invalidInput([{ path: 'count', message: '应为不小于1的整数' }]);
    return { kind: 'workdays', from, count: Number(countText) };
  }
  if (sub === 'is-workday') {
    if (positional.length !== 1) throw new UsageError('用法：zhiping calendar is-workday YYYY-MM-DD');
    return { kind: 'is-workday', date: parseCalendarDate(positional[0], 'date') };
  }
  throw new UsageError(
    '用法：zhiping calendar workdays --from YYYY-MM-DD --count N | calendar is-workday YYYY-MM-DD',
  );
}

/**
 * While a server holds the embedded database, the CLI asks that server (the same service
 * answers) instead of opening the directory a second time.
 */
async function askServer(port: number, query: CalendarQuery): Promise<string> {
  const url =
    query.kind === 'workdays'
      ? `http://127.0.0.1:${port}/api/v1/calendar/workdays?from=${query.from}&count=${query.count}`
      : `http://127.0.0.1:${port}/api/v1/calendar/is-workday?date=${query.date}`;
  const response = await fetch(url);
  const body = (await response.json()) as {
    end?: string;
    workday?: boolean;
    error?: { code: string; message: string };
  };
  if (body.error)
    throw new AppError(
      response.status === 422 ? 'unprocessable' : 'invalid',
      body.error.code,
      body.error.message,
    );
  return query.kind === 'workdays' ? String(body.end) : String(body.workday);
}

/** `calendar workdays` and `calendar is-workday` (CONTRACTS §2). */
export async function calendarCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  const query = parseQuery(args);
  const owner = config.databaseUrl ? null : dataDirOwner(config.dataDir);
  if (owner?.port) {
    io.out(await askServer(owner.port, query));
    return 0;
  }
  const context = await openAppContext(config);
  try {
    const calendar = context.services.calendar;
    io.out(
      query.kind === 'workdays'
        ? (await calendar.workdays(query.from, query.count)).end
        : String((await calendar.dayInfo(query.date)).workday),
    );
    return 0;
  } finally {
    await context.close();
  }
}
