import type { ApplicationFilters, ApplicationSort, ApplicationState } from '../../api/applications';
import type { LevelCode } from '../../api/reference';
import { stateNames } from '../../lib/application-labels';
import type { TableQuery } from '../../lib/use-table-query';

/** The filters an application list keeps in the address bar; states as one comma-separated value. */
export const applicationFilterKeys = ['state', 'series', 'level', 'keyword', 'eligible'] as const;

export type ApplicationFilterKey = (typeof applicationFilterKeys)[number];

/** `submitted,unit-publicity` → the known states in it. */
export function statesOf(text: string | undefined): ApplicationState[] {
  return (text ?? '').split(',').filter((state): state is ApplicationState => state in stateNames);
}

/** The address bar's filters and sort as `GET /applications` takes them. */
export function toApplicationFilters(query: TableQuery<ApplicationFilterKey>): ApplicationFilters {
  const { filters } = query;
  const states = statesOf(filters.state);
  return {
    state: states.length > 0 ? states : undefined,
    series: filters.series,
    level: filters.level as LevelCode | undefined,
    keyword: filters.keyword,
    eligible: filters.eligible === 'true' ? true : filters.eligible === 'false' ? false : undefined,
    sort: query.sort as ApplicationSort | undefined,
  };
}

export const eligibleOptions = [
  { value: 'true', label: '符合' },
  { value: 'false', label: '不符合' },
];
