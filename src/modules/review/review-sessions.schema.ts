import { z } from 'zod';

/** The response shapes of the session console, for serialisation and the OpenAPI document. */
const citation = z.object({ document: z.string(), clause: z.string() }).nullable();
const counts = z.object({ agree: z.number(), disagree: z.number(), abstain: z.number() });
const step = z.object({ step: z.string(), name: z.string() });

export const sessionSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    committeeId: z.string(),
    committeeName: z.string(),
    year: z.number(),
    heldOn: z.string(),
    place: z.string(),
    status: z.string(),
    statusName: z.string(),
    seats: z.number(),
    /** 民营企业职称评审“直通车”专场. */
    throughTrain: z.boolean(),
  })
  .meta({ id: 'SessionSummary' });

const fixedResult = z
  .object({
    capGroup: z.string(),
    attending: z.number(),
    required: z.number(),
    agree: z.number(),
    disagree: z.number(),
    abstain: z.number(),
    rank: z.number().nullable(),
    outcome: z.string(),
    passed: z.boolean(),
    reason: z.string(),
    citation,
    fixedAt: z.string(),
  })
  .meta({ id: 'FixedResult' });

export const sessionDetailSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    committeeId: z.string(),
    committeeName: z.string(),
    year: z.number(),
    heldOn: z.string(),
    place: z.string(),
    status: z.string(),
    statusName: z.string(),
    throughTrain: z.boolean(),
    version: z.number(),
    steps: z.array(step),
    strata: z.array(
      z.object({
        group: z.string(),
        seats: z.number(),
        alternates: z.number(),
        greenChannel: z.boolean().optional(),
      }),
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
      z.object({
        applicationId: z.string(),
        number: z.string(),
        code: z.string(),
        group: z.string(),
        greenChannel: z.boolean(),
        personName: z.string(),
        employerName: z.string(),
        title: z.string(),
        pathwayName: z.string(),
        state: z.string(),
        stateName: z.string(),
        defenceAt: z.string().nullable(),
        defencePlace: z.string().nullable(),
        deliberationNote: z.string().nullable(),
        scoreCount: z.number(),
        averageScore: z.number().nullable(),
        comments: z.array(z.object({ expertName: z.string(), score: z.number(), comment: z.string() })),
        ballotsCast: z.number(),
        tally: counts.nullable(),
        result: fixedResult.nullable(),
      }),
    ),
    seats: z.array(
      z.object({
        expertId: z.string(),
        name: z.string(),
        unitName: z.string(),
        level: z.string(),
        specialty: z.string(),
        privateSector: z.boolean(),
        group: z.string(),
        role: z.string(),
        order: z.number(),
        greenChannel: z.boolean(),
        attendance: z.string().nullable(),
      }),
    ),
    recusals: z.array(
      z.object({
        expertId: z.string(),
        expertName: z.string().nullable(),
        applicationId: z.string(),
        code: z.string().nullable(),
        reason: z.string(),
        reasonName: z.string(),
        detail: z.string(),
        source: z.string(),
      }),
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
      z.object({
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
        outcome: z.string(),
        passed: z.boolean(),
        reason: z.string(),
        citation,
      }),
    ),
    groups: z.array(
      z.object({
        capGroup: z.string(),
        candidates: z.number(),
        rate: z.number().nullable(),
        limit: z.number().nullable(),
        passed: z.number(),
        citation,
      }),
    ),
  })
  .meta({ id: 'ResultsPreview' });
