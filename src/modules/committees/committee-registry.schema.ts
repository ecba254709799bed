import { z } from 'zod';
import type { DescribesAll } from '../../http/response-shape';
import type { CommitteeRegistry } from './committee-registry.service';

type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

const selfReviewStatus = z.string().describe('pending 待核准 | approved 已核准 | rejected 不予核准');

/** A committee's work suspended, revoked or resumed. */
export const committeeStatusChanged = z
  .object({
    id: z.string(),
    status: z.enum(['active', 'suspended', 'revoked']),
    statusName: z.string(),
  })
  .meta({ id: 'CommitteeStatusChanged' });

/** An employer's request to review its own staff (自主评审申请), as stored. */
export const selfReviewApplication = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    year: z.number().int(),
    series: z.string(),
    levels: z.array(z.string()),
    specialties: z.array(z.string()),
    reason: z.string(),
    status: selfReviewStatus,
    decisionNote: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.date().nullable(),
    committeeId: z.string().nullable().describe('核准后组建的评委会'),
    submittedBy: z.string(),
    submittedAt: z.date(),
  })
  .meta({ id: 'SelfReviewApplication' });

/** One row of the list: the request and the unit that made it. */
export const selfReviewApplicationRow = z
  .object({ application: selfReviewApplication, unitName: z.string() })
  .meta({ id: 'SelfReviewApplicationRow' });

export const selfReviewApplied = z
  .object({ id: z.string(), status: selfReviewStatus })
  .meta({ id: 'SelfReviewApplied' });

export const selfReviewDecided = z
  .object({ id: z.string(), status: selfReviewStatus, committeeId: z.string().nullable() })
  .meta({ id: 'SelfReviewDecided' });

true satisfies DescribesAll<typeof committeeStatusChanged, Answer<CommitteeRegistry['changeStatus']>>;
true satisfies DescribesAll<
  z.ZodArray<typeof selfReviewApplicationRow>,
  Answer<CommitteeRegistry['listSelfReviewApplications']>
>;
true satisfies DescribesAll<typeof selfReviewApplied, Answer<CommitteeRegistry['applySelfReview']>>;
true satisfies DescribesAll<typeof selfReviewDecided, Answer<CommitteeRegistry['decideSelfReview']>>;
