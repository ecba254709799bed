import { z } from 'zod';

/** Where a rule comes from (CONTRACTS §1): a policy-set id or `national`, and the clause in its own numbering. */
export const citationSchema = z
  .object({ document: z.string(), clause: z.string() })
  .meta({ id: 'Citation', description: '依据：政策集（或 national）及其条款编号' });
