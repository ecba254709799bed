import { App, Form, type FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { type FieldName, type FormSubmit, useFormSubmit } from './use-form-submit';

/** antd's message API, for the line that says what a save did. */
type MessageApi = ReturnType<typeof App.useApp>['message'];

/** What a modal form gives its component: the form, the one way to send it, and its frame's state. */
export interface ModalForm<Values> {
  form: FormInstance<Values>;
  message: MessageApi;
  submit: FormSubmit<Values>['submit'];
  /** Spread onto `<FormModal>`: whether it is open, whether a request is under way, what went wrong. */
  frame: { open: boolean; saving: boolean; problem: string | undefined };
}

/**
 * The state every modal form shares, so each modal says only what is its own: its fields, its request
 * and its success message.
 *
 * `subject` is what the modal acts on (a row, a day) or a plain `open` flag: the modal is open while it
 * is neither `null` nor `false`. Each time it opens the form starts afresh — values, errors and the last
 * problem cleared — and then `fill` puts in what this opening starts from (the row being edited).
 * `fields` are the form's fields as the server names them (see `useFormSubmit`), or `'paths'` for a
 * form whose fields mirror the request's nesting. `refillOn` lists what `fill` reads that may still
 * arrive while the modal is open (the committees to choose from), so it starts afresh once they do.
 */
export function useModalForm<Values>(
  subject: unknown,
  fields: readonly FieldName<Values>[] | 'paths',
  fill?: (form: FormInstance<Values>) => void,
  refillOn: readonly unknown[] = [],
): ModalForm<Values> {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { saving, problem, reset, submit } = useFormSubmit(form, fields);
  const open = subject !== null && subject !== undefined && subject !== false;
  // The latest `fill` without making it a dependency: a new closure each render must not reopen the form.
  const fillRef = useRef(fill);
  fillRef.current = fill;

  // biome-ignore lint/correctness/useExhaustiveDependencies: another subject, or what fill reads, opens it afresh.
  useEffect(() => {
    if (!open) return;
    reset();
    form.resetFields();
    fillRef.current?.(form);
  }, [open, subject, form, reset, ...refillOn]);

  return { form, message, submit, frame: { open, saving, problem } };
}

/**
 * A modal that creates a record, or edits `row`: it opens empty for a new one and filled from `row`
 * (through `valuesOf`) to edit one, afresh each time it opens.
 */
export function useEditModalForm<Values, Row>(
  open: boolean,
  row: Row | null,
  fields: readonly FieldName<Values>[],
  valuesOf: (row: Row) => Parameters<FormInstance<Values>['setFieldsValue']>[0],
): ModalForm<Values> {
  return useModalForm<Values>(
    open,
    fields,
    (opened) => {
      if (row) opened.setFieldsValue(valuesOf(row));
    },
    [row],
  );
}
