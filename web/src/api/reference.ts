import { loadOnce } from '../lib/load-once';
import { api, call, type Schemas } from './client';

/** A 行政区划 (GB/T 2260); provinces carry cities and counties where the system covers them. */
export type Region = Schemas['Region'];

export type SeriesLevel = Schemas['SeriesLevel'];

export type LevelCode = SeriesLevel['level'];

/** A title series of the catalogue, with its levels (`byExam`: 以考代评) and title lines. */
export type Series = Schemas['Series'];

export type PostGrade = Schemas['PostGrade'];

// Reference data does not change while the page is open, so each list is fetched once and shared.

export const fetchRegions = loadOnce(() => call(api.GET('/api/v1/regions')));

export const fetchSeries = loadOnce(() => call(api.GET('/api/v1/catalogue/series')));

export const fetchPostGrades = loadOnce(() => call(api.GET('/api/v1/catalogue/post-grades')));
