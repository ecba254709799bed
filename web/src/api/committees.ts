import { loadOnce } from '../lib/load-once';
import { http } from './client';

/** A review committee of the registry (评委会目录清单). */
export interface Committee {
  id: string;
  name: string;
  tier: string;
  tierName: string;
  series: string;
  seriesName: string;
  levels: string[];
  levelNames: string[];
  specialties: string[];
  regionCode: string;
  regionName: string;
  status: string;
  approvedOn: string;
  validUntil: string;
}

export const fetchCommittees = loadOnce(() => http.get<Committee[]>('/api/v1/committees'));
