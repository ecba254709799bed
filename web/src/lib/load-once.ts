/**
 * Shares one load among all callers: data that does not change while the page is open (reference
 * lists, the policy sets) is fetched once. A failed load is forgotten, so the next caller tries again
 * rather than the page never recovering without a reload.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = load();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}
