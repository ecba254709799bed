import { loadOnce } from '../lib/load-once';
import { http } from './client';

/** A 行政区划 (GB/T 2260); provinces carry cities and counties where the system covers them. */
export interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  children?: Region[];
}

export type LevelCode = 'senior' | 'associate-senior' | 'intermediate' | 'assistant' | 'entry';

export interface SeriesLevel {
  level: LevelCode;
  levelName: string;
  titles: string[];
  /** 以考代评: the title is obtained by national exam rather than by review. */
  byExam: boolean;
}

export interface Series {
  code: string;
  slug: string;
  name: string;
  levels: SeriesLevel[];
}

export interface PostGrade {
  grade: number;
  level: LevelCode;
  levelName: string;
}

// Reference data does not change while the page is open, so each list is fetched once and shared.

export const fetchRegions = loadOnce(() => http.get<Region[]>('/api/v1/regions'));

export const fetchSeries = loadOnce(() => http.get<Series[]>('/api/v1/catalogue/series'));

export const fetchPostGrades = loadOnce(() => http.get<PostGrade[]>('/api/v1/catalogue/post-grades'));
