import { useEffect } from 'react';
import { systemName } from './brand';

/** The browser tab's title for a page: what it is, then the system (找回密码 - 职称评审管理信息系统). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} - ${systemName}`;
  }, [title]);
}
