import { App } from 'antd';
import { useCallback, useState } from 'react';
import { errorMessage } from '../api/client';

/** antd's message API, for the line that says what an action did. */
type MessageApi = ReturnType<typeof App.useApp>['message'];

/** What a button's request gives its component: whether it is under way, and the one way to run it. */
export interface Action {
  /** A request is under way: its button shows it (`quietLoading(busy)`). */
  busy: boolean;
  /** Runs `step` (the call, its success message, what reloads); a refusal is said in a message. */
  run: (step: () => Promise<void>) => Promise<void>;
  message: MessageApi;
}

/**
 * A request behind a button rather than a form (publish, approve, withdraw): there is no field to put
 * the server's objection on, so a failure is said in a message line and the page stays as it was.
 * `busy` covers the whole step, so the button cannot send it twice.
 */
export function useAction(): Action {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (step: () => Promise<void>) => {
      setBusy(true);
      try {
        await step();
      } catch (error) {
        message.error(errorMessage(error));
      } finally {
        setBusy(false);
      }
    },
    [message],
  );
  return { busy, run, message };
}
