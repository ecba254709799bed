import { z } from 'zod';
import { creditCodeField, uuidField } from '../../http/field-schemas';

/** A unit named by its 统一社会信用代码 or by its id (as the lists give them). */
export const unitReference = z.union([uuidField, creditCodeField], '应为用人单位的统一社会信用代码或标识');

/** One dispatch relation of an agency (unit-view.ts `dispatchRelationView`). */
export const dispatchRelationSchema = z
  .object({
    id: z.string(),
    unit: z.object({ id: z.string(), name: z.string(), creditCode: z.string() }),
    status: z.enum(['pending', 'approved', 'ended']),
    statusName: z.string(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'DispatchRelation' });
