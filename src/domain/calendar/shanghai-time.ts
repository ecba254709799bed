/**
 * An instant as people in China read it: date and 24-hour time in Asia/Shanghai, e.g.
 * "2026/12/5 14:03:00" (DESIGN rule 8: timestamps are stored in UTC and shown in Shanghai time).
 * An instant not there (never logged in, not yet decided) is an empty text, as a blank cell.
 */
export function shanghaiTime(instant: string | null | undefined): string {
  return instant
    ? new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
    : '';
}
