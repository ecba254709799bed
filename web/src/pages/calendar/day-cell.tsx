import type { Dayjs } from 'dayjs';
import { type DayStatus, dayColours } from './day-status';

// antd's own calendar class names, so our cells keep its layout, hover and "today" marker.
const prefix = 'ant-picker';

interface Props {
  date: Dayjs;
  status: DayStatus;
  today: boolean;
  selected: boolean;
  /** Whether the date belongs to the month on show (the grid also shows a few days either side). */
  inMonth: boolean;
}

/** One calendar cell: the day number, and a 休 or 班 badge with the holiday's name. */
export function DayCell({ date, status, today, selected, inMonth }: Props) {
  const colours = status.kind === 'weekday' ? undefined : dayColours[status.kind];
  const classes = [`${prefix}-cell-inner`, `${prefix}-calendar-date`];
  if (today) classes.push(`${prefix}-calendar-date-today`);
  return (
    <div
      className={classes.join(' ')}
      data-date={date.format('YYYY-MM-DD')}
      data-day-kind={status.kind}
      style={{
        // Selection highlight wins over the day colour so the clicked date is visible.
        background: selected ? undefined : colours?.background,
        opacity: inMonth ? 1 : 0.45,
      }}
    >
      <div className={`${prefix}-calendar-date-value`} style={{ color: colours?.accent }}>
        {String(date.date()).padStart(2, '0')}
      </div>
      <div className={`${prefix}-calendar-date-content`} style={{ height: 56 }}>
        {status.exception ? (
          <div style={{ display: 'flex', alignItems: 'flex-start', gap: 4, lineHeight: '20px' }}>
            <span
              style={{
                flex: 'none',
                minWidth: 20,
                textAlign: 'center',
                borderRadius: 3,
                color: '#fff',
                fontSize: 12,
                background: dayColours[status.kind].accent,
              }}
            >
              {status.kind === 'holiday' ? '休' : '班'}
            </span>
            <span
              style={{
                color: dayColours[status.kind].accent,
                fontSize: 12,
                // Long names ("国庆节、中秋节") wrap to a second line rather than lose their end.
                display: '-webkit-box',
                WebkitLineClamp: 2,
                WebkitBoxOrient: 'vertical',
                overflow: 'hidden',
                wordBreak: 'break-all',
              }}
              title={status.name}
            >
              {status.name}
            </span>
          </div>
        ) : null}
      </div>
    </div>
  );
}
