import { z } from 'zod';
import type { DescribesAll } from '../../http/response-shape';
import type { ReviewSessionsService } from './review-sessions.service';
import type { SessionDraw } from './session-draw';
import type { SessionResults } from './session-results';
import type { SessionVoting } from './session-voting';

/**
 * What each step of the session console answers, field for field as its use case returns it
 * (the serializer keeps exactly these; the web reads them after each step). Each is a named
 * component of the OpenAPI document.
 */
export const agendaAdded = z
  .object({ added: z.number().int().describe('本次列入议程的申报数') })
  .meta({ id: 'SessionAgendaAdded' });

/** What publishing the seed froze and published: what an auditor replays the draw from. */
export const seedPublished = z
  .object({
    seed: z.string().describe('公布的抽取种子'),
    poolHash: z.string().describe('冻结的专家库快照的SM3'),
    inputsHash: z.string().describe('抽取对象（议程中的申报）的SM3，供复核重放'),
    poolSize: z.number().int(),
  })
  .meta({ id: 'SessionSeedPublished' });

export const panelDrawn = z
  .object({ seats: z.number().int().describe('抽中的评委人数'), recusals: z.number().int() })
  .meta({ id: 'SessionPanelDrawn' });

export const defenceScheduled = z
  .object({ applicationId: z.string(), defenceAt: z.string(), defencePlace: z.string() })
  .meta({ id: 'SessionDefenceScheduled' });

export const minutesRecorded = z.object({ ok: z.literal(true) }).meta({ id: 'SessionMinutesRecorded' });

export const votingOpened = z
  .object({ attending: z.number().int(), quorumRequired: z.number().int().describe('法定人数') })
  .meta({ id: 'SessionVotingOpened' });

export const votingClosed = z
  .object({ ballots: z.number().int().describe('收到的选票数') })
  .meta({ id: 'SessionVotingClosed' });

export const capAdjustmentsSet = z
  .object({
    adjustments: z.array(z.object({ capGroup: z.string(), bonusId: z.string(), points: z.number() })),
  })
  .meta({ id: 'SessionCapAdjustments' });

export const resultsFixed = z
  .object({
    digest: z.string().describe('封存的评审结果摘要（SM3）'),
    passed: z.number().int(),
    failed: z.number().int(),
    publicityEndsOn: z.string(),
    filingDueOn: z.string(),
  })
  .meta({ id: 'SessionResultsFixed' });

export const sessionFiled = z
  .object({ filedOn: z.string(), applications: z.number().int(), overdue: z.boolean() })
  .meta({ id: 'SessionFiled' });

export const sessionAnnounced = z
  .object({
    announcementNumber: z.string(),
    conferred: z.number().int(),
    certificates: z.array(z.string()).describe('签发的证书编号'),
  })
  .meta({ id: 'SessionResultsAnnounced' });

type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
true satisfies DescribesAll<typeof agendaAdded, Answer<ReviewSessionsService['addToAgenda']>>;
true satisfies DescribesAll<typeof seedPublished, Answer<SessionDraw['publishSeed']>>;
true satisfies DescribesAll<typeof panelDrawn, Answer<SessionDraw['draw']>>;
true satisfies DescribesAll<typeof defenceScheduled, Answer<ReviewSessionsService['scheduleDefence']>>;
true satisfies DescribesAll<typeof minutesRecorded, Answer<ReviewSessionsService['record']>>;
true satisfies DescribesAll<typeof votingOpened, Answer<SessionVoting['openVoting']>>;
true satisfies DescribesAll<typeof votingClosed, Answer<SessionVoting['closeVoting']>>;
true satisfies DescribesAll<typeof capAdjustmentsSet, Answer<SessionResults['setCapAdjustments']>>;
true satisfies DescribesAll<typeof resultsFixed, Answer<SessionResults['fixResults']>>;
true satisfies DescribesAll<typeof sessionFiled, Answer<SessionResults['file']>>;
true satisfies DescribesAll<typeof sessionAnnounced, Answer<SessionResults['announce']>>;
