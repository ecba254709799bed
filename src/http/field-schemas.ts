import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar';
import { normaliseMobilePhone, validateCreditCode } from '../domain/identifiers';
import { findRegion } from '../domain/regions';

/**
 * Field schemas shared by every route that takes these values, so an identifier is
 * checked the same way — and explained in the same words — wherever it is entered.
 */
export const creditCodeField = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((value, ctx) => {
    const result = validateCreditCode(value);
    if (!result.valid) ctx.addIssue({ code: 'custom', message: `统一社会信用代码无效：${result.reason}` });
  });

export const regionCodeField = z
  .string()
  .regex(/^\d{6}$/, '行政区划代码应为6位数字')
  .refine((code) => findRegion(code) !== undefined, '不是已收录的行政区划代码');

export const calendarDateField = z.string().refine(isCalendarDate, '应为有效日期，格式YYYY-MM-DD');

export const uuidField = z.uuid('不是有效的标识');

/** A year of the evaluation calendar (committees' pools, review cycles, holiday schedules), in a JSON body. */
export const yearField = z.number().int().min(2000).max(2100);
/** The same year read from a path or a query string, where it arrives as text. */
export const yearParam = z.coerce.number().int().min(2000).max(2100);

/** Counts by name, each a whole number: what a report says was done or found, item by item. */
export function countsOf<const K extends string>(...names: K[]) {
  return z.object(
    Object.fromEntries(names.map((name) => [name, z.number().int()])) as Record<K, z.ZodNumber>,
  );
}

/** The `:id` path parameter of a route about one record. */
export const idParams = z.object({ id: uuidField });

/** A password as every account form takes it: 8–64 characters with letters and digits. */
export const passwordField = z
  .string()
  .min(8)
  .max(64)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), '密码须同时包含字母和数字');

/** A mainland mobile number, as typed (+86, spaces, hyphens allowed), returned as its 11 digits. */
export const mobilePhoneField = z
  .string('请填写手机号码')
  .max(20)
  .transform((value, ctx) => {
    const phone = normaliseMobilePhone(value);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: '应为11位中国大陆手机号码' });
      return z.NEVER;
    }
    return phone;
  });

/**
 * One of `values`, for a field a service reads back from a text column: the document, and the
 * web client generated from it, list the values, while the service's own type stays `string`.
 */
export function storedEnum(values: readonly string[]) {
  return z.enum(values as [string, ...string[]]);
}
