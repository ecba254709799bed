import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import type { FormNotice } from '../components/notice-alert';
import { applyFieldErrors } from './form-errors';

/** What a public form's page gets: whether it is being sent, the notice above it, and the way to send it. */
export interface NoticeSubmit {
  submitting: boolean;
  notice: FormNotice | undefined;
  /** For the form's other steps that speak above it too (获取验证码). */
  setNotice: (notice: FormNotice | undefined) => void;
  /** Runs `send`; a refusal lands on the fields it names, the rest in the notice. */
  submit: (send: () => Promise<void>) => Promise<void>;
}

/**
 * The sending of a page-sized public form (registration, password recovery), whose notice above the
 * form it shares with the SMS-code button: cleared on each try, and set to what the server said that
 * belongs on none of `fields` (`aliases` maps a server field onto a differently named form field).
 */
export function useNoticeSubmit(
  form: FormInstance,
  fields: readonly string[],
  aliases?: Record<string, string>,
): NoticeSubmit {
  const [submitting, setSubmitting] = useState(false);
  const [notice, setNotice] = useState<FormNotice>();

  const submit = useCallback(
    async (send: () => Promise<void>) => {
      setSubmitting(true);
      setNotice(undefined);
      try {
        await send();
      } catch (error) {
        const unmatched = applyFieldErrors(form, error, fields, aliases);
        if (unmatched.length) setNotice({ type: 'error', message: unmatched.join('；') });
      } finally {
        setSubmitting(false);
      }
    },
    [form, fields, aliases],
  );

  return { submitting, notice, setNotice, submit };
}
