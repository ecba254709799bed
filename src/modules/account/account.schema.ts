import { z } from 'zod';

/** A code sent by SMS: to which number (masked), how long it holds, when another may be asked for. */
export const codeSent = z
  .object({
    sentTo: z.string().describe('脱敏后的手机号'),
    expiresInSeconds: z.number().int(),
    resendAfterSeconds: z.number().int(),
  })
  .meta({ id: 'CodeSent' });
