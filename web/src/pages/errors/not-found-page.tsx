import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { systemName } from '../../layout/brand';

export function NotFoundPage() {
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `页面不存在 - ${systemName}`;
  }, []);
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的地址不存在或已调整，请从左侧菜单进入。"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回工作台
        </Button>
      }
    />
  );
}
