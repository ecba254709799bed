import { Form } from 'antd';
import type { Rule } from 'antd/es/form';
import { type ReactNode, useMemo } from 'react';
import { useModalForm } from '../lib/use-modal-form';
import { CountedTextArea } from './counted-text-area';
import { FormModal } from './form-modal';

interface Props<S> {
  /** What is decided on (a binding request, a certificate); `null` keeps the modal closed. */
  subject: S | null;
  title: ReactNode;
  okText: string;
  /** A red OK button, for a refusal or a step that cannot be undone. */
  danger?: boolean;
  width?: number;
  /** The form's name, which prefixes its field's id (`binding-refuse_reason`). */
  name: string;
  /** The field as the API names it (`reason`, `note`), so the server's objection lands on it. */
  field?: string;
  label: string;
  /** A hint under the box, e.g. who will read the reason. */
  extra?: ReactNode;
  /** The house rules for a reason: required, not blank, within its length, each with a Chinese message. */
  rules: Rule[];
  maxLength: number;
  rows?: number;
  placeholder?: string;
  /** What to read before deciding: what the step does, a warning, the record in question. */
  children?: ReactNode;
  /** Sends the trimmed reason and says what was done; a refusal is shown on the field or above it. */
  onSubmit: (reason: string, subject: S) => Promise<void>;
  onCancel: () => void;
}

/** The rules of a short reason the person concerned will read: required, not blank, 2 to 200 characters. */
export function shortReasonRules(what: string): Rule[] {
  return [
    { required: true, whitespace: true, message: `请填写${what}` },
    { min: 2, max: 200, message: '原因为2至200个字' },
  ];
}

/**
 * A decision that must say why — refuse, return, unlink, replace, recuse: one required Chinese text
 * in a modal whose OK sends it. Everything else (the API call, the message, what reloads) is the
 * caller's `onSubmit`.
 */
export function ReasonModal<S>({
  subject,
  title,
  okText,
  danger,
  width,
  name,
  field = 'reason',
  label,
  extra,
  rules,
  maxLength,
  rows = 3,
  placeholder,
  children,
  onSubmit,
  onCancel,
}: Props<S>) {
  const fields = useMemo(() => [field], [field]);
  const { form, frame, submit } = useModalForm<Record<string, string>>(subject, fields);

  const send = () =>
    submit(async (values) => {
      if (subject !== null) await onSubmit((values[field] ?? '').trim(), subject);
    });

  return (
    <FormModal
      {...frame}
      title={title}
      okText={okText}
      danger={danger}
      width={width}
      onOk={send}
      onCancel={onCancel}
    >
      {children}
      <Form form={form} layout="vertical" name={name}>
        <Form.Item name={field} label={label} extra={extra} rules={rules}>
          <CountedTextArea rows={rows} maxLength={maxLength} placeholder={placeholder} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
