import { Input, type InputProps } from 'antd';

/**
 * An 18-character code typed in — a 身份证号码 or a 统一社会信用代码: monospaced so the characters line
 * up for checking against the paper, and never filled in by the browser. Takes a Form.Item's props.
 */
export function CodeInput(props: InputProps) {
  return <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} {...props} />;
}

/** A required 身份证号码 of someone other than the user (a relation, a finding). */
export const idNumberRules = [{ required: true, whitespace: true, len: 18, message: '请填写18位身份证号码' }];
