import { BackHomeResult } from './back-home-result';

export function ForbiddenPage() {
  return (
    <BackHomeResult
      status="403"
      title="无权访问"
      subTitle="您的账号没有使用该页面的权限。如需开通，请联系系统管理员。"
    />
  );
}
