import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** What a search-as-you-type select gives its component. */
export interface ServerSearch<T> {
  /** What the latest search found; empty after a failed one. */
  options: T[];
  loading: boolean;
  /** The select's `onSearch`: searches once typing pauses. */
  search: (text: string) => void;
}

/**
 * Options found on the server as the person types, for a select with too many choices to list (units,
 * employers). It waits for a pause in typing and drops the answers to searches that are no longer the
 * latest, so a slow answer never replaces a newer one. `find` answers `null` for a text that asks
 * nothing (e.g. blank), which cancels the search waiting to be sent.
 */
export function useServerSearch<T>(find: (text: string) => Promise<T[]> | null): ServerSearch<T> {
  const [options, setOptions] = useState<T[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The latest `find` without making it a dependency: a new closure each render must not change `search`.
  const findRef = useRef(find);
  findRef.current = find;

  const search = useCallback((text: string) => {
    clearTimeout(timer.current);
    const asked = findRef.current;
    timer.current = setTimeout(() => {
      const found = asked(text);
      if (!found) return;
      const ticket = ++latest.current;
      setLoading(true);
      found
        .then((items) => {
          if (ticket === latest.current) setOptions(items);
        })
        .catch(() => {
          if (ticket === latest.current) setOptions([]);
        })
        .finally(() => {
          if (ticket === latest.current) setLoading(false);
        });
    }, 300);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { options, loading, search };
}

/**
 * The options a search found, with the record already chosen first when the search did not find it
 * (a form opened on a saved choice shows its name before anything is searched).
 */
export function useWithChosen<O extends { value: string }>(options: O[], chosen: O | null): O[] {
  return useMemo(() => {
    if (!chosen || options.some((option) => option.value === chosen.value)) return options;
    return [chosen, ...options];
  }, [options, chosen]);
}
