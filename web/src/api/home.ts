import type { Role } from './auth';
import { http } from './client';

export interface HomeCard {
  key: string;
  title: string;
  value: number | string;
  suffix?: string;
}

export interface TitleHeld {
  seriesName: string;
  levelName: string;
  titleName: string;
  specialty: string;
  obtainedOn: string;
}

export interface ApplicantProfile {
  name: string;
  idNumberMasked: string;
  gender: string;
  birthDate: string;
  organisation: string | null;
  titles: TitleHeld[];
}

/** The role's 工作台: summary cards, optional charts, and for applicants their own profile. */
export interface HomeData {
  role: Role;
  greeting: string;
  cards: HomeCard[];
  charts: {
    bySeries?: { series: string; name: string; count: number }[];
    byLevel?: { level: string; name: string; count: number }[];
  };
  profile?: ApplicantProfile;
}

export function fetchHome(signal?: AbortSignal): Promise<HomeData> {
  return http.get<HomeData>('/api/v1/home', { signal });
}
