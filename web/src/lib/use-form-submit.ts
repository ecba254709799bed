import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';
import { applyFieldErrors, applyFieldPathErrors } from './form-errors';

/** A field of the form, as the server may name it. */
export type FieldName<Values> = keyof Values & string;

/** How one submission treats the server's answer. */
export interface SubmitOptions<Values> {
  /**
   * The field a 409 without field details belongs on, e.g. `username` when creating a user: the server
   * reports a taken name as a bare conflict, and beside the field is where the user will look.
   */
  conflictField?: FieldName<Values> | undefined;
}

/** The state of a form that is sent to the server, and the one way to send it. */
export interface FormSubmit<Values> {
  /** A request is under way: the OK button shows it and a second click does nothing new. */
  saving: boolean;
  /** Server problems that name no field of the form, for an alert above it. */
  problem: string | undefined;
  /** Forgets the last problem, for a form opened afresh. */
  reset: () => void;
  /**
   * Validates the form and, if it passes, runs `run` with its values. Server field errors land on the
   * fields in `fields`; the rest become `problem`.
   */
  submit: (run: (values: Values) => Promise<void>, options?: SubmitOptions<Values>) => Promise<void>;
}

/**
 * The submit machinery of a modal form: client validation, a busy flag, and server errors shown where
 * the user will look for them.
 *
 * `fields` are the top-level fields a server error may name; `'paths'`, for a form whose fields mirror
 * the request's nesting (Form.List rows), puts each error on the deepest field its path leads to.
 */
export function useFormSubmit<Values>(
  form: FormInstance<Values>,
  fields: readonly FieldName<Values>[] | 'paths',
): FormSubmit<Values> {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  const reset = useCallback(() => setProblem(undefined), []);

  const submit = useCallback(
    async (run: (values: Values) => Promise<void>, options: SubmitOptions<Values> = {}) => {
      let values: Values;
      try {
        values = await form.validateFields();
      } catch {
        return; // antd already marks the invalid fields.
      }
      setSaving(true);
      setProblem(undefined);
      try {
        await run(values);
      } catch (error) {
        const unmatched =
          fields === 'paths'
            ? applyFieldPathErrors(form, error).unmatched
            : applyFieldErrors(form, error, fields);
        const { conflictField } = options;
        if (
          conflictField &&
          error instanceof ApiError &&
          error.status === 409 &&
          error.details.length === 0
        ) {
          // antd types a name as a path into Values, which a plain key is but TypeScript cannot tell.
          (form as FormInstance).setFields([{ name: conflictField, errors: [error.message] }]);
        } else if (unmatched.length > 0) {
          setProblem(unmatched.join('；'));
        }
      } finally {
        setSaving(false);
      }
    },
    [form, fields],
  );

  return { saving, problem, reset, submit };
}
