import { useCallback, useState } from 'react';

/** A modal opened on one record, and the one way it closes. */
export interface ModalTarget<T> {
  /** The record the modal is open on; `null` while it is closed. */
  target: T | null;
  open: (target: T) => void;
  /** Closes the modal; `changed` (the modal saved something) reloads what shows the record. */
  close: (changed?: boolean) => void;
  /** Closes after a save: the `onSaved` of a form modal. */
  saved: () => void;
}

/**
 * The state of a modal that acts on a record of a list (refuse this request, edit this user): which
 * record, and a close that reloads the list only when the modal changed something.
 */
export function useModalTarget<T>(onChanged: () => void): ModalTarget<T> {
  const [target, setTarget] = useState<T | null>(null);
  const close = useCallback(
    (changed?: boolean) => {
      setTarget(null);
      // Strictly `true`: a modal may pass its cancel event straight on as the argument.
      if (changed === true) onChanged();
    },
    [onChanged],
  );
  const saved = useCallback(() => close(true), [close]);
  return { target, open: setTarget, close, saved };
}

/** A modal that is only open or closed (登记专家, 记录失信行为): a create form on no record of the list. */
export interface ModalSwitch {
  isOpen: boolean;
  open: () => void;
  /** As `ModalTarget.close`: `changed` reloads the list. */
  close: (changed?: boolean) => void;
  saved: () => void;
}

/** `useModalTarget` for a modal with no record: opening it is all it needs, and a save reloads the list. */
export function useModalSwitch(onChanged: () => void): ModalSwitch {
  const { target, open, close, saved } = useModalTarget<true>(onChanged);
  const openIt = useCallback(() => open(true), [open]);
  return { isOpen: target !== null, open: openIt, close, saved };
}
