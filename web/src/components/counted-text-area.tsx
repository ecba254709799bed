import { Input } from 'antd';
import type { TextAreaProps } from 'antd/es/input';

type Props = Omit<TextAreaProps, 'showCount' | 'maxLength'> & {
  /** The server's limit for the text: the count shows how much of it is used before a refusal. */
  maxLength: number;
};

/**
 * The house box for a free text the person writes (a reason, an objection, the minutes): it always
 * counts characters against the limit. Inside a `Form.Item` it takes the item's value like any input.
 */
export function CountedTextArea(props: Props) {
  return <Input.TextArea {...props} showCount />;
}
