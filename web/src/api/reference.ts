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
let regions: Promise<Region[]> | undefined;
let series: Promise<Series[]> | undefined;
let postGrades: Promise<PostGrade[]> | undefined;

function once<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  const pending = load();
  // A failed load must not be cached, or the page could never recover without a reload.
  pending.catch(forget);
  return pending;
}

export function fetchRegions(): Promise<Region[]> {
  regions ??= once(
    () => http.get<Region[]>('/api/v1/regions'),
    () => {
      regions = undefined;
    },
  );
  return regions;
}

export function fetchSeries(): Promise<Series[]> {
  series ??= once(
    () => http.get<Series[]>('/api/v1/catalogue/series'),
    () => {
      series = undefined;
    },
  );
  return series;
}

export function fetchPostGrades(): Promise<PostGrade[]> {
  postGrades ??= once(
    () => http.get<PostGrade[]>('/api/v1/catalogue/post-grades'),
    () => {
      postGrades = undefined;
    },
  );
  return postGrades;
}
