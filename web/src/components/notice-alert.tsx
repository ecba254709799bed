import { Alert } from 'antd';

/** What a form shows above itself after a step: a code sent, a wait, a refusal. */
export interface FormNotice {
  type: 'success' | 'warning' | 'error';
  message: string;
}

/** The notice above a public form (login, registration, recovery), or nothing while there is none. */
export function NoticeAlert({ notice, testId }: { notice: FormNotice | undefined; testId: string }) {
  return notice ? (
    <Alert
      type={notice.type}
      showIcon
      title={notice.message}
      style={{ marginBottom: 16 }}
      data-testid={testId}
    />
  ) : null;
}
