/** The calendar module's public interface: working days, which deadlines count in. */
export type { CalendarService } from './calendar.service';
