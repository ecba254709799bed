import type { PageEntry } from '../navigation';
import { ForbiddenPage } from '../pages/errors/forbidden-page';
import { useSession } from '../session/session-context';
import { useDocumentTitle } from './use-document-title';

/**
 * Opens a page only for users its navigation entry admits; a typed-in address gets 403, not a broken page.
 * A public page opens for everyone, with or without a session.
 */
export function PageGuard({ entry }: { entry: PageEntry }) {
  const { state } = useSession();
  const allowed = entry.public === true || (state.status === 'authenticated' && entry.allows(state.me));

  useDocumentTitle(allowed ? entry.title : '无权访问');

  if (!allowed) return <ForbiddenPage />;
  const Page = entry.component;
  return <Page />;
}
