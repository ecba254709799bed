import { api, call, type Schemas } from './client';

export type HomeCard = Schemas['HomeCard'];

export type TitleHeld = Schemas['TitleHeld'];

export type ApplicantProfile = Schemas['HomeApplicantProfile'];

/** The role's 工作台: summary cards, optional charts, and for applicants their own profile. */
export type HomeData = Schemas['HomeData'];

export function fetchHome(signal?: AbortSignal): Promise<HomeData> {
  return call(api.GET('/api/v1/home', { signal }));
}
