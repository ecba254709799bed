import crypto from 'node:crypto';
import type { Db } from '../../db/client';
import { PHONE_CODE_RULES, type PhoneCodePurpose, sendRefusal } from '../../domain/accounts/phone-code-rules';
import { AppError } from '../../domain/errors';
import { maskMobilePhone } from '../../domain/identifiers';
import type { Clock } from '../../platform/clock';
import type { FieldCipher } from '../../platform/crypto';
import type { MessageSender } from '../../platform/message-sender';
import * as repo from './phone-codes.repository';

const PURPOSE_NAMES: Record<PhoneCodePurpose, string> = {
  register: '注册账号',
  'register-unit': '注册单位账号',
  'reset-password': '找回密码',
};

/** Sends are limited per day, so a code older than a day matters to nothing. */
const DAY_MS = 24 * 3600 * 1000;

/** The keyed hash a verified mobile number is found by (users.phone_hash, phone_codes.phone_hash). */
export function phoneLookupHash(cipher: Pick<FieldCipher, 'lookupHash'>, phone: string): string {
  return cipher.lookupHash(`phone:${phone}`);
}

/**
 * One-time SMS codes (短信验证码): sent through the message adapter, stored only as keyed
 * hashes, limited per number, short-lived, and spent after a few wrong entries.
 */
export function createPhoneCodes(deps: { db: Db; clock: Clock; cipher: FieldCipher; sender: MessageSender }) {
  const { db, clock, cipher, sender } = deps;
  const phoneHashOf = (phone: string) => phoneLookupHash(cipher, phone);
  const codeHashOf = (id: string, code: string) => cipher.lookupHash(`phone-code:${id}:${code}`);

  return {
    phoneHashOf,

    /**
     * Deletes the codes sent more than a day ago, which neither verify (they expired long
     * before) nor count towards the daily sending limit any more; run by the background jobs,
     * so the table holds one day of codes however many are sent.
     */
    forgetExpired(): Promise<number> {
      return repo.deleteCodesBefore(db, new Date(clock.now().getTime() - DAY_MS));
    },

    /**
     * Sends a fresh code; refuses (429) while the number must wait. With `deliver: false` the
     * code is recorded and counted but no SMS leaves: a recovery code for a number with no
     * account, answered exactly like one with, so the answer does not tell who has an account.
     */
    async send(phone: string, purpose: PhoneCodePurpose, options: { deliver?: boolean } = {}) {
      const now = clock.now();
      const phoneHash = phoneHashOf(phone);
      const recent = await repo.sendsSince(db, phoneHash, purpose, new Date(now.getTime() - DAY_MS));
      const refusal = sendRefusal(
        recent.map((r) => r.sentAt),
        now,
      );
      if (refusal) throw new AppError('rate-limited', refusal.code, refusal.message);
      const id = crypto.randomUUID();
      const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
      await repo.insertCode(db, {
        id,
        purpose,
        phoneHash,
        codeHash: codeHashOf(id, code),
        sentAt: now,
        expiresAt: new Date(now.getTime() + PHONE_CODE_RULES.ttlSeconds * 1000),
      });
      if (options.deliver !== false)
        await sender.send({
          channel: 'sms',
          userId: null,
          phone,
          subject: `职称评审系统${PURPOSE_NAMES[purpose]}验证码`,
          body: `【职称评审】您正在${PURPOSE_NAMES[purpose]}，验证码${code}，${PHONE_CODE_RULES.ttlSeconds / 60}分钟内有效。请勿告诉他人。`,
        });
      return {
        sentTo: maskMobilePhone(phone),
        expiresInSeconds: PHONE_CODE_RULES.ttlSeconds,
        resendAfterSeconds: PHONE_CODE_RULES.resendAfterSeconds,
      };
    },

    /**
     * Checks a code, before the use case's transaction: a wrong entry is counted at once, so
     * failing requests cannot be used to guess without limit. Returns the code's ticket,
     * which the use case spends inside its own transaction (see {@link spend}).
     */
    async check(phone: string, purpose: PhoneCodePurpose, code: string): Promise<{ codeId: string }> {
      const now = clock.now();
      const row = await repo.latestCode(db, phoneHashOf(phone), purpose);
      if (!row || row.expiresAt <= now)
        throw new AppError('invalid', 'CODE_EXPIRED', '验证码已过期或未获取，请重新获取验证码');
      if (row.usedAt) throw new AppError('invalid', 'CODE_USED', '验证码已使用，请重新获取验证码');
      if (row.attempts >= PHONE_CODE_RULES.maxAttempts)
        throw new AppError('invalid', 'CODE_SPENT', '验证码错误次数过多，已失效，请重新获取验证码');
      const expected = Buffer.from(codeHashOf(row.id, code));
      const stored = Buffer.from(row.codeHash);
      if (
        !/^\d{6}$/.test(code) ||
        expected.length !== stored.length ||
        !crypto.timingSafeEqual(expected, stored)
      ) {
        await repo.countAttempt(db, row.id);
        const left = PHONE_CODE_RULES.maxAttempts - row.attempts - 1;
        throw new AppError(
          'invalid',
          'CODE_WRONG',
          left > 0 ? `验证码不正确，还可尝试${left}次` : '验证码不正确，已失效，请重新获取验证码',
        );
      }
      return { codeId: row.id };
    },

    /**
     * Spends a checked code inside the use case's transaction, so a use case that fails
     * leaves it usable, and two requests racing with one code cannot both succeed.
     */
    async spend(tx: Db, ticket: { codeId: string }) {
      if (!(await repo.spendCode(tx, ticket.codeId, clock.now())))
        throw new AppError('invalid', 'CODE_USED', '验证码已使用，请重新获取验证码');
    },
  };
}

export type PhoneCodes = ReturnType<typeof createPhoneCodes>;
