import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

/** A page that cannot be shown, saying why, with the way back to the workbench. */
export function BackHomeResult({
  status,
  title,
  subTitle,
}: {
  status: '403' | '404';
  title: string;
  subTitle: string;
}) {
  const navigate = useNavigate();
  return (
    <Result
      status={status}
      title={title}
      subTitle={subTitle}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回工作台
        </Button>
      }
    />
  );
}
