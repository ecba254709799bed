import { loadOnce } from '../lib/load-once';
import { api, call, type Schemas } from './client';

/** A review committee of the registry (评委会目录清单). */
export type Committee = Schemas['Committee'];

export const fetchCommittees = loadOnce(() => call(api.GET('/api/v1/committees')));
