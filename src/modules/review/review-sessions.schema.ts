import { z } from 'zod';
import { SESSION_STATES } from '../../domain/review/session-states';
import { SESSION_STEPS, type SessionStep } from '../../domain/review/session-steps';
import type { TallyOutcomeKind } from '../../domain/review/vote-tally';
import { APPLICATION_STATES } from '../../domain/workflow/application-states';
import { citationSchema } from '../../http/citation';
import { storedEnum } from '../../http/field-schemas';

/** The response shapes of the session console, for serialisation and the OpenAPI document. */
const citation = citationSchema.nullable();
const counts = z.object({ agree: z.number(), disagree: z.number(), abstain: z.number() });

/** The session's stage; the stored text of the console's services, listed. */
const sessionState = storedEnum(Object.keys(SESSION_STATES));

/** A step the committee office may take in the session's stage (a button to show). */
const step = z
  .object({
    step: z.enum([
      ...new Set([
        ...Object.values(SESSION_STEPS).flatMap((steps) => steps.map((s) => s.step)),
        'cap-adjustments' as const,
        'minutes' as const,
      ]),
    ] as [SessionStep, ...SessionStep[]]),
    name: z.string(),
  })
  .meta({ id: 'SessionStep' });

/** Every way a tally can end for one application. */
const TALLY_OUTCOME_KINDS = [
  'passed',
  'below-threshold',
  'over-cap',
  'tied-at-cap',
  'green-channel-failed',
] as const satisfies readonly TallyOutcomeKind[];

const outcome = storedEnum(TALLY_OUTCOME_KINDS).describe(
  'passed 通过 | below-threshold 未达同意票数 | over-cap 超出通过率上限 | tied-at-cap 并列跨越名额界限 | green-channel-failed 绿色通道未通过',
);

/** What a session's list row and its detail both say of it. */
const sessionFacts = z.object({
  id: z.string(),
  name: z.string(),
  committeeId: z.string(),
  committeeName: z.string(),
  year: z.number(),
  heldOn: z.string(),
  place: z.string(),
  status: sessionState,
  statusName: z.string(),
  /** 民营企业职称评审“直通车”专场. */
  throughTrain: z.boolean(),
  /** What the caller may do on the session now (its policy): the office's steps; none for readers. */
  actions: z.array(step),
});

export const sessionSummary = sessionFacts.extend({ seats: z.number() }).meta({ id: 'SessionSummary' });

const fixedResult = z
  .object({
    capGroup: z.string(),
    attending: z.number(),
    required: z.number(),
    agree: z.number(),
    disagree: z.number(),
    abstain: z.number(),
    rank: z.number().nullable(),
    outcome,
    passed: z.boolean(),
    reason: z.string(),
    citation,
    fixedAt: z.string(),
  })
  .meta({ id: 'FixedResult' });

export const sessionDetailSchema = sessionFacts
  .extend({
    version: z.number(),
    steps: z.array(step),
    strata: z.array(
      z
        .object({
          group: z.string(),
          seats: z.number(),
          alternates: z.number(),
          greenChannel: z.boolean().optional().describe('绿色通道的3名正高级专家，只评绿色通道申报'),
        })
        .meta({ id: 'Stratum' }),
    ),
    capAdjustments: z.array(z.object({ capGroup: z.string(), bonusId: z.string(), points: z.number() })),
    specialtyGroups: z.array(z.object({ name: z.string(), specialties: z.array(z.string()) })),
    draw: z.object({
      seed: z.string().nullable(),
      seedPublishedAt: z.string().nullable(),
      poolHash: z.string().nullable(),
      inputsHash: z.string().nullable(),
      drawnAt: z.string().nullable(),
    }),
    agenda: z.array(
      z
        .object({
          applicationId: z.string(),
          number: z.string(),
          code: z.string(),
          group: z.string(),
          greenChannel: z.boolean(),
          personName: z.string(),
          employerName: z.string(),
          title: z.string(),
          pathwayName: z.string(),
          state: storedEnum(Object.keys(APPLICATION_STATES)),
          stateName: z.string(),
          defenceAt: z.string().nullable(),
          defencePlace: z.string().nullable(),
          deliberationNote: z.string().nullable(),
          scoreCount: z.number(),
          averageScore: z.number().nullable(),
          comments: z.array(z.object({ expertName: z.string(), score: z.number(), comment: z.string() })),
          ballotsCast: z.number(),
          tally: counts.nullable().describe('表决结束后的票数'),
          result: fixedResult.nullable(),
        })
        .meta({ id: 'AgendaItem' }),
    ),
    seats: z.array(
      z
        .object({
          expertId: z.string(),
          name: z.string(),
          unitName: z.string(),
          level: z.string(),
          specialty: z.string(),
          privateSector: z.boolean(),
          group: z.string(),
          role: storedEnum(['member', 'alternate']).describe('member 委员 | alternate 替补'),
          order: z.number(),
          greenChannel: z.boolean(),
          attendance: storedEnum(['present', 'absent']).nullable().describe('点名前为 null'),
        })
        .meta({ id: 'Seat' }),
    ),
    recusals: z.array(
      z
        .object({
          expertId: z.string(),
          expertName: z.string().nullable(),
          applicationId: z.string(),
          code: z.string().nullable(),
          reason: z.string(),
          reasonName: z.string(),
          detail: z.string(),
          source: storedEnum(['draw', 'expert', 'office']).describe(
            'draw 抽取时回避 | expert 专家申请 | office 办事机构登记',
          ),
        })
        .meta({ id: 'Recusal' }),
    ),
    voting: z.object({
      quorumRequired: z.number().nullable(),
      attending: z.number().nullable(),
      openedAt: z.string().nullable(),
      closedAt: z.string().nullable(),
    }),
    results: z.object({
      fixedAt: z.string().nullable(),
      digest: z.string().nullable(),
      publicityEndsOn: z.string().nullable(),
      filingDueOn: z.string().nullable(),
      filedOn: z.string().nullable(),
      filingOverdue: z.boolean(),
      announcementNumber: z.string().nullable(),
      announcedOn: z.string().nullable(),
    }),
    minutes: z.string(),
  })
  .meta({ id: 'SessionDetail' });

export const resultsPreview = z
  .object({
    outcomes: z.array(
      z
        .object({
          applicationId: z.string(),
          code: z.string(),
          number: z.string(),
          personName: z.string(),
          capGroup: z.string(),
          counts,
          attending: z.number(),
          required: z.number(),
          meetsThreshold: z.boolean(),
          rank: z.number().nullable(),
          outcome,
          passed: z.boolean(),
          reason: z.string(),
          citation,
        })
        .meta({ id: 'PreviewOutcome' }),
    ),
    groups: z.array(
      z
        .object({
          capGroup: z.string(),
          candidates: z.number().describe('参评人数（绿色通道不计）'),
          rate: z.number().nullable().describe('通过率上限（0.3 即30%）；不限时为 null'),
          limit: z.number().nullable().describe('最多通过人数（向下取整）；不限时为 null'),
          passed: z.number(),
          citation,
        })
        .meta({ id: 'PreviewGroup' }),
    ),
  })
  .meta({ id: 'ResultsPreview' });
