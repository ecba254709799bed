import { gradeFiling } from './grade-filing-guard';
import { gradeExists, interval, kindFits, lowestGradeFirst, retirement, stepByStep } from './grade-guards';
import type { AppointmentGuard } from './guard-outcome';
import { changeReason, specialApproval, titleForLevel } from './person-guards';
import { borrow, conversionScheme, newStaffVacancy, planInForce, vacancy } from './quota-guards';

export type { AppointmentGuard, GuardContext, GuardOutcome } from './guard-outcome';

/** Every guard by key: the table the kinds list and the documentation's clause map refer to. */
export const APPOINTMENT_GUARDS = Object.fromEntries(
  [
    planInForce,
    gradeExists,
    kindFits,
    vacancy,
    newStaffVacancy,
    stepByStep,
    lowestGradeFirst,
    interval,
    retirement,
    titleForLevel,
    borrow,
    conversionScheme,
    specialApproval,
    changeReason,
    gradeFiling,
  ].map((g) => [g.key, g]),
) as Readonly<Record<string, AppointmentGuard>>;
