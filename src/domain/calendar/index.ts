/** Working-day calendar: date-string helpers, yearly holiday schedules and the calendar itself. */
export * from './calendar-date';
export * from './retirement-age';
export * from './working-day-calendar';
export * from './year-schedule';
