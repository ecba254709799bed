import { useEffect } from 'react';
import { systemName } from '../../layout/brand';
import { BackHomeResult } from './back-home-result';

export function NotFoundPage() {
  useEffect(() => {
    document.title = `页面不存在 - ${systemName}`;
  }, []);
  return (
    <BackHomeResult
      status="404"
      title="页面不存在"
      subTitle="您访问的地址不存在或已调整，请从左侧菜单进入。"
    />
  );
}
