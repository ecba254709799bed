import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { quietLoading } from './quiet-loading';

interface Props {
  open: boolean;
  title: ReactNode;
  okText: string;
  /** Defaults to antd's 520px. */
  width?: number;
  /** A request is under way (from `useFormSubmit`). */
  saving: boolean;
  /** A red OK button, for a step that cannot be undone (撤销). */
  danger?: boolean;
  /** Server problems that name no field (from `useFormSubmit`), shown above the form. */
  problem: string | undefined;
  onOk: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of a modal form: a problem alert above the form and an OK button that shows the request.
 *
 * It always renders its content, even while closed, so the `Form.useForm` instance the parent holds is
 * connected before the first open and can be reset and filled by the parent's effects. The rest of the
 * props (open, title, okText, width, onOk, onCancel) are antd's `Modal` props, passed on as they are.
 */
export function FormModal({ saving, danger, problem, children, ...modal }: Props) {
  return (
    <Modal {...modal} okButtonProps={{ loading: quietLoading(saving), danger }} forceRender>
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} /> : null}
      {children}
    </Modal>
  );
}
