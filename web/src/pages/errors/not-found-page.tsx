import { useDocumentTitle } from '../../layout/use-document-title';
import { BackHomeResult } from './back-home-result';

export function NotFoundPage() {
  useDocumentTitle('页面不存在');
  return (
    <BackHomeResult
      status="404"
      title="页面不存在"
      subTitle="您访问的地址不存在或已调整，请从左侧菜单进入。"
    />
  );
}
