import type { Role } from '../access/roles';
import type { CommitmentKind } from '../applications/commitment-texts';
import type { NationalParameterKey } from '../policy/parameter-registry';
import type { ApplicationState } from './application-states';

/** A publicity period (公示) of an application: the unit's, the dispatch agency's, the result's. */
export type PublicityKind = 'unit' | 'dispatch' | 'result';

/**
 * What a transition does besides changing the state, as data (DESIGN rule 5): each transition
 * lists its effects in the order they run, and one interpreter in the applications module
 * carries them out in the transition's transaction. Descriptors say what, never how: the
 * organisations, texts and dates come from the application when the step is taken.
 */
export type ApplicationEffect =
  /** HR sends the application to the committee its routing gives, or the one it chose (委托评审). */
  | { kind: 'route-to-committee' }
  /** A returned application is judged again on resubmission, with today's profile and bans. */
  | { kind: 'reassess-eligibility' }
  /** 双承诺: the commitment text, its version and SM3, signed by the actor. */
  | { kind: 'sign-commitment'; commitment: CommitmentKind }
  /** The moment of submission is kept (the filing date rules count from it). */
  | { kind: 'record-submission-time' }
  /** A publicity of N working days: the public notice and the deadline its end is handled by. */
  | { kind: 'start-publicity'; publicity: PublicityKind }
  /** The application leaves the process (or goes back to the applicant): its deadlines are void. */
  | { kind: 'cancel-deadlines' }
  /** The reason of a return, refusal or revocation stays on the application, for the applicant. */
  | { kind: 'record-reason' }
  /** The committee office returns once (一次性告知); the second return is refused by a guard. */
  | { kind: 'mark-committee-return' }
  /** The applicant is told of the new state, by SMS too where `sms`. */
  | { kind: 'notify-applicant'; sms: boolean }
  /** Whoever must act in the new state (NEXT_ACTORS) gets it as pending work. */
  | { kind: 'notify-next-actors' }
  /** The unit learns that its applicant withdrew. */
  | { kind: 'notify-employer-withdrawn' };

export type EffectKind = ApplicationEffect['kind'];

/**
 * When each kind runs. Most run once the transition is decided; a few run before the
 * decision, because a guard reads what they find (the routed committee: `committee-assigned`)
 * or because they refuse the step on their own before any guard is weighed (a ban imposed
 * since filing stops a resubmission). Every kind is listed, so a new kind without its timing
 * does not compile; the interpreter's table is keyed by these kinds in turn.
 */
export const EFFECT_TIMING = {
  'route-to-committee': 'before-decision',
  'reassess-eligibility': 'before-decision',
  'sign-commitment': 'after-decision',
  'record-submission-time': 'after-decision',
  'start-publicity': 'after-decision',
  'cancel-deadlines': 'after-decision',
  'record-reason': 'after-decision',
  'mark-committee-return': 'after-decision',
  'notify-applicant': 'after-decision',
  'notify-next-actors': 'after-decision',
  'notify-employer-withdrawn': 'after-decision',
} as const satisfies Record<EffectKind, 'before-decision' | 'after-decision'>;

type KindsTimed<T> = { [K in EffectKind]: (typeof EFFECT_TIMING)[K] extends T ? K : never }[EffectKind];
export type BeforeDecisionKind = KindsTimed<'before-decision'>;
export type AfterDecisionKind = KindsTimed<'after-decision'>;
export type EffectOf<K extends EffectKind> = Extract<ApplicationEffect, { kind: K }>;

export function isBeforeDecision(effect: ApplicationEffect): effect is EffectOf<BeforeDecisionKind> {
  return EFFECT_TIMING[effect.kind] === 'before-decision';
}

/** An organisation an application names or implies, by its part in the process. */
export type ActingOrganisation =
  | 'employer'
  | 'dispatch-agency'
  | 'department'
  | 'competent-hr-bureau'
  | 'committee-office';

/** Whose users act next: an organisation of the application and the role they act in. */
interface ActorRule {
  organisation: ActingOrganisation;
  role: Role;
}

/**
 * Who acts next once an application reaches a state (DOMAIN §5); states not listed wait for
 * nobody in particular (the applicant, a review session, or nothing at all).
 */
export const NEXT_ACTORS: Readonly<Partial<Record<ApplicationState, ActorRule>>> = {
  submitted: { organisation: 'employer', role: 'employer' },
  'unit-publicity': { organisation: 'employer', role: 'employer' },
  'dispatch-review': { organisation: 'dispatch-agency', role: 'dispatcher' },
  'dispatch-publicity': { organisation: 'dispatch-agency', role: 'dispatcher' },
  'department-review': { organisation: 'department', role: 'department' },
  'hr-review': { organisation: 'competent-hr-bureau', role: 'hr' },
  'committee-review': { organisation: 'committee-office', role: 'committee-office' },
};

/**
 * Who publishes each publicity and the parameter giving its length in working days. The
 * dispatch agency's publicity lasts as long as the unit's; the result is publicised by the
 * committee office for ≥5 working days (人社部令第40号 第26条).
 */
export const PUBLICITIES: Readonly<
  Record<
    PublicityKind,
    {
      publisher: ActingOrganisation;
      workdaysParameter: Extract<NationalParameterKey, `publicity.${string}Workdays`>;
    }
  >
> = {
  unit: { publisher: 'employer', workdaysParameter: 'publicity.unitWorkdays' },
  dispatch: { publisher: 'dispatch-agency', workdaysParameter: 'publicity.unitWorkdays' },
  result: { publisher: 'committee-office', workdaysParameter: 'publicity.resultWorkdays' },
};
