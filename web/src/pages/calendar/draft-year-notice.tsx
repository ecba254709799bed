import { Alert, Button } from 'antd';
import { publishCalendarYear } from '../../api/calendar';
import { quietLoading } from '../../components/quiet-loading';
import { useAction } from '../../lib/use-action';

interface Props {
  year: number;
  canPublish: boolean;
  onPublished: () => void;
}

/**
 * A year being entered by hand stays a draft, so a half-entered schedule never decides a deadline;
 * publishing checks the whole schedule on the server and only then puts it to use.
 */
export function DraftYearNotice({ year, canPublish, onPublished }: Props) {
  const { busy, run, message } = useAction();

  const publish = () =>
    run(async () => {
      await publishCalendarYear(year);
      message.success(`${year} 年节假日安排已发布，此后按此计算工作日`);
      onPublished();
    });

  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={`${year} 年的节假日安排为草稿，发布前不参与工作日计算`}
      description="请按国务院办公厅通知逐日录入放假日期和调休上班日，核对无误后发布。"
      action={
        canPublish ? (
          <Button type="primary" size="small" loading={quietLoading(busy)} onClick={publish}>
            发布
          </Button>
        ) : null
      }
    />
  );
}
