import { z } from 'zod';
import { SESSION_STATES } from '../../domain/review/session-states';
import { storedEnum } from '../../http/field-schemas';

/**
 * What the expert portal may send, field by field. The serializer drops anything else, so
 * the blind view cannot grow a name, a unit or a number by accident (defence in depth behind
 * the whitelist in blind-view.ts).
 */
const sessionState = storedEnum(Object.keys(SESSION_STATES));

const record = z
  .object({
    education: z.array(
      z.object({
        degree: z.string(),
        major: z.string().nullable(),
        fullTime: z.boolean(),
        graduatedOn: z.string().nullable(),
      }),
    ),
    titles: z.array(
      z.object({ series: z.string(), level: z.string(), obtainedOn: z.string(), via: z.string() }),
    ),
    practicedSpecialty: z.object({ specialty: z.string(), since: z.string() }).nullable(),
    work: z.array(
      z.object({
        from: z.string(),
        to: z.string().nullable(),
        employerKind: z.string(),
        area: z.string(),
        frontline: z.boolean(),
      }),
    ),
    annualAppraisals: z.array(z.object({ year: z.number(), result: z.string() })),
    continuingEducation: z.array(
      z.object({ year: z.number(), hours: z.number(), professionalHours: z.number() }),
    ),
    achievements: z.array(z.object({ kind: z.string(), on: z.string().nullable() })),
  })
  .meta({ id: 'BlindRecord' });

export const expertItems = z
  .object({
    session: z.object({
      id: z.string(),
      name: z.string(),
      heldOn: z.string(),
      status: sessionState,
      statusName: z.string(),
      canScore: z.boolean(),
      canVote: z.boolean(),
    }),
    items: z.array(
      z
        .object({
          code: z.string(),
          group: z.string(),
          greenChannel: z.boolean(),
          title: z.string(),
          pathwayName: z.string(),
          eligibleAtFiling: z.boolean(),
          unmetAtFiling: z.array(z.string()),
          record: record.nullable(),
          myScore: z.object({ score: z.number(), comment: z.string() }).nullable(),
          voted: z.boolean().describe('本人是否已投票（不回显投票内容）'),
        })
        .meta({ id: 'BlindItem' }),
    ),
  })
  .meta({ id: 'ExpertItems' });

export const expertSessions = z.array(
  z
    .object({
      sessionId: z.string(),
      name: z.string(),
      committeeName: z.string(),
      heldOn: z.string(),
      place: z.string(),
      status: sessionState,
      statusName: z.string(),
      group: z.string(),
      role: storedEnum(['member', 'alternate']).describe('member 委员 | alternate 替补'),
      greenChannel: z.boolean(),
      attendance: storedEnum(['present', 'absent']).nullable().describe('点名前为 null'),
    })
    .meta({ id: 'ExpertSession' }),
);

export const scoreRecorded = z.object({ code: z.string(), score: z.number() }).meta({ id: 'ScoreRecorded' });
export const recusalRecorded = z
  .object({ code: z.string(), recused: z.boolean() })
  .meta({ id: 'RecusalRecorded' });
/** The answer to a ballot says that it was recorded — never what it said. */
export const ballotRecorded = z
  .object({ code: z.string(), recorded: z.boolean() })
  .meta({ id: 'BallotRecorded' });
