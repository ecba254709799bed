import { z } from 'zod';

/**
 * What each step of the session console answers, field for field as its use case returns it
 * (the serializer keeps exactly these; the web reads them after each step).
 */
export const agendaAdded = z.object({ added: z.number().int() });

/** What publishing the seed froze and published: what an auditor replays the draw from. */
export const seedPublished = z.object({
  seed: z.string(),
  poolHash: z.string(),
  inputsHash: z.string(),
  poolSize: z.number().int(),
});

export const panelDrawn = z.object({ seats: z.number().int(), recusals: z.number().int() });

export const defenceScheduled = z.object({
  applicationId: z.string(),
  defenceAt: z.string(),
  defencePlace: z.string(),
});

export const minutesRecorded = z.object({ ok: z.literal(true) });

export const votingOpened = z.object({ attending: z.number().int(), quorumRequired: z.number().int() });

export const votingClosed = z.object({ ballots: z.number().int() });

export const capAdjustmentsSet = z.object({
  adjustments: z.array(z.object({ capGroup: z.string(), bonusId: z.string(), points: z.number() })),
});

export const resultsFixed = z.object({
  digest: z.string(),
  passed: z.number().int(),
  failed: z.number().int(),
  publicityEndsOn: z.string(),
  filingDueOn: z.string(),
});

export const sessionFiled = z.object({
  filedOn: z.string(),
  applications: z.number().int(),
  overdue: z.boolean(),
});

export const sessionAnnounced = z.object({
  announcementNumber: z.string(),
  conferred: z.number().int(),
  certificates: z.array(z.string()),
});
