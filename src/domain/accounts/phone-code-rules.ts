/**
 * The rules of a one-time code sent by SMS (短信验证码), as mature government systems apply
 * them: short-lived, resent no sooner than a minute, a few per day per number and purpose,
 * and dead after a few wrong tries — so a code cannot be guessed (10^6 values, 5 tries) and
 * a number cannot be flooded.
 */
export const PHONE_CODE_RULES = {
  /** A code is valid for 5 minutes. */
  ttlSeconds: 300,
  /** The next code to the same number and purpose after 60 seconds. */
  resendAfterSeconds: 60,
  /** At most 5 codes per number and purpose in 24 hours. */
  maxSendsPerDay: 5,
  /** A code is spent after 5 wrong entries. */
  maxAttempts: 5,
} as const;

/** `register` a professional's account, `register-unit` a unit's (单位注册), `reset-password` 找回密码. */
export const PHONE_CODE_PURPOSES = ['register', 'register-unit', 'reset-password'] as const;
export type PhoneCodePurpose = (typeof PHONE_CODE_PURPOSES)[number];

/** Why no new code may be sent now, with the seconds to wait; null when one may. */
export function sendRefusal(
  sentAt: readonly Date[],
  now: Date,
): { code: string; message: string; retryAfterSeconds: number } | null {
  const day = 24 * 3600 * 1000;
  const today = sentAt
    .filter((t) => now.getTime() - t.getTime() < day)
    .sort((a, b) => a.getTime() - b.getTime());
  const last = today.at(-1);
  if (last) {
    const wait = Math.ceil(PHONE_CODE_RULES.resendAfterSeconds - (now.getTime() - last.getTime()) / 1000);
    if (wait > 0)
      return {
        code: 'CODE_SENT_RECENTLY',
        message: `验证码已发送，请${wait}秒后再获取`,
        retryAfterSeconds: wait,
      };
  }
  if (today.length >= PHONE_CODE_RULES.maxSendsPerDay) {
    const wait = Math.ceil((today[0]!.getTime() + day - now.getTime()) / 1000);
    return {
      code: 'TOO_MANY_CODES',
      message: `该手机号24小时内获取验证码已达${PHONE_CODE_RULES.maxSendsPerDay}次，请明天再试`,
      retryAfterSeconds: wait,
    };
  }
  return null;
}
