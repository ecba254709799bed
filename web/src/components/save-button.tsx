import { Button } from 'antd';
import { quietLoading } from './quiet-loading';

interface Props {
  /** A request is under way: the button shows it (without a spoken "loading", see `quietLoading`). */
  saving: boolean;
  onClick: () => void;
  /** What the step does: 保存会议纪要, 登记处理结果. */
  label: string;
}

/** The primary button under an inline form (not a modal's OK) that sends it. */
export function SaveButton({ saving, onClick, label }: Props) {
  return (
    <Button type="primary" onClick={onClick} loading={quietLoading(saving)}>
      {label}
    </Button>
  );
}
