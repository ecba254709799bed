import type { FormRule } from 'antd';
import { errorMessage } from '../../api/client';
import { validateIdentifier } from '../../api/identifiers';

/**
 * 统一社会信用代码 (GB 32100): a quick shape check here, then the server's check-digit verdict, so the
 * rule lives in one place (the server) and the user learns of a typo before saving.
 */
export const creditCodeRules: FormRule[] = [
  { required: true, whitespace: true, message: '请输入统一社会信用代码' },
  { len: 18, message: '统一社会信用代码为 18 位' },
  {
    validator: async (_rule, value: string | undefined) => {
      if (value?.length !== 18) return;
      let verdict: Awaited<ReturnType<typeof validateIdentifier>>;
      try {
        verdict = await validateIdentifier('credit-code', value);
      } catch (error) {
        throw new Error(`无法校验统一社会信用代码：${errorMessage(error)}`);
      }
      if (!verdict.valid) throw new Error(verdict.reason);
    },
  },
];

/** Credit codes are upper case; people type them in either. */
export function normaliseCreditCode(value: string | undefined): string {
  return (value ?? '').toUpperCase().replace(/\s+/g, '');
}
