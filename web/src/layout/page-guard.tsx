import { useEffect } from 'react';
import type { PageEntry } from '../navigation';
import { ForbiddenPage } from '../pages/errors/forbidden-page';
import { useMe } from '../session/session-context';
import { systemName } from './brand';

/** Opens a page only for users its navigation entry admits; a typed-in address gets 403, not a broken page. */
export function PageGuard({ entry }: { entry: PageEntry }) {
  const me = useMe();
  const allowed = entry.allows(me);

  useEffect(() => {
    document.title = `${allowed ? entry.title : '无权访问'} - ${systemName}`;
  }, [entry, allowed]);

  if (!allowed) return <ForbiddenPage />;
  const Page = entry.component;
  return <Page />;
}
