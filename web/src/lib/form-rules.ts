import type { FormRule } from 'antd';

/**
 * The house rule for a text the person must type: required, not only spaces, and at least `min`
 * characters where a shorter one cannot be meant (a name of one character, a document number of
 * three). One Chinese message, 请填写…, answers all of them, as the server's would.
 */
export function requiredText(what: string, min?: number): FormRule[] {
  const message = `请填写${what}`;
  return [
    min === undefined
      ? { required: true, whitespace: true, message }
      : { required: true, whitespace: true, min, message },
  ];
}

/** The house rule for a choice the person must make (a select, a date, a region): 请选择…. */
export function requiredChoice(what: string): FormRule[] {
  return [{ required: true, message: `请选择${what}` }];
}

/** The house rule for a number the person must give (席位, 年度, 评分): 请填写…. */
export function requiredNumber(what: string): FormRule[] {
  return [{ required: true, message: `请填写${what}` }];
}
