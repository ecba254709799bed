/**
 * The posts module's public interface. The appointment workflow, the outside-quota proposals
 * from conferred titles and HR's monitoring (issue 20) will compose these reads inside their
 * own transactions: the plan in force for a unit at a date and the filed appointments the
 * board counts.
 */

/** Called where titles are conferred (the review session's announcement), in that transaction. */
export { proposeFromConferredTitles } from './appointment-proposals';
// Titles conferred elsewhere (a session's announcement) settle 先聘后评 due dates in their transaction.
export { settleTitleDueDates } from './appointment-reminders';
export type { AppointmentSteps } from './appointment-steps.service';
export { filedAppointmentsAt, insertAppointment } from './appointments.repository';
export type { AppointmentDraftBody } from './appointments.schema';
export type { AppointmentsService } from './appointments.service';
// 评聘结合 within the post structure: checked when a unit recommends (applications' recommend step).
export { combinedRecommendationRefusal } from './combined-recommendation';
// The applicant's posts for eligibility come from the records (issue 20 Deliver 6): applications
// read them inside filing, for a whole batch at once.
export { recordedPostsOf } from './person-post-facts';
export type { PostBoardService } from './post-board.service';
export type { PostPlanSteps } from './post-plan-steps.service';
export { planInForceAt } from './post-plans.repository';
export type { PostPlansService } from './post-plans.service';
export type { PlanDraftBody } from './posts.schema';
