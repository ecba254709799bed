import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every timestamp is stored in UTC and shown in the time zone of the users, who are all in China. */
export const displayZone = 'Asia/Shanghai';

/** `2025-03-01T02:05:00Z` → `2025-03-01 10:05`; empty values show as a dash. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const moment = dayjs(iso);
  return moment.isValid() ? moment.tz(displayZone).format('YYYY-MM-DD HH:mm') : iso;
}

const weekdayNames = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The Chinese weekday of a `YYYY-MM-DD` date, read as a calendar date (no time zone involved). */
export function weekdayOf(date: string): string {
  return weekdayNames[dayjs(date, 'YYYY-MM-DD').day()] ?? '';
}

/** True while a lock time is in the future. */
export function isInFuture(iso: string | null | undefined): boolean {
  return Boolean(iso) && dayjs(iso).isAfter(dayjs());
}
