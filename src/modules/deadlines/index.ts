/**
 * The deadlines module's public interface. Other modules schedule and cancel deadlines in the
 * transaction of the change that starts or ends them, and answer the sweeper's due deadlines
 * with their own handlers (the sweeper knows no module's rules).
 */
export type { DeadlineAdmin } from './deadline-admin.service';
export type { DeadlineHandler, DeadlineHandlers, DeadlineSweeper } from './deadline-sweeper';
export { cancelDeadlines, type NewDeadline, scheduleDeadline } from './deadlines.repository';
export { deadlineList, deadlineListQuery, sweepResult } from './deadlines.schema';
