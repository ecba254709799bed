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

/**
 * A name the person must type that the server stores with a length limit (单位名称, 姓名, 节日名称):
 * 请输入… (or `requiredMessage` where an example helps), and …不超过 N 个字 before the server refuses it.
 */
export function requiredName(what: string, max: number, requiredMessage = `请输入${what}`): FormRule[] {
  return [
    { required: true, whitespace: true, message: requiredMessage },
    { max, message: `${what}不超过 ${max} 个字` },
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
