import type { RelationKind } from '../../../src/domain/review/pool-snapshot';
import { http } from './client';
import type { LevelCode } from './reference';

export type { RelationKind };

// The expert registry (评审专家库): experts with their term, the committees' yearly pools and the
// relations that recuse an expert from a person's application.

const expertsPath = '/api/v1/experts';

/** `GET /experts`: one expert; `group` is set when the list is one committee's pool for a year. */
export interface ExpertRow {
  id: string;
  name: string;
  series: string;
  level: LevelCode;
  levelName: string;
  specialty: string;
  unitName: string;
  regionCode: string;
  privateSector: boolean;
  termFrom: string;
  termTo: string;
  /** active | suspended */
  status: string;
  /** Whether an account links the expert to the expert portal. */
  hasAccount: boolean;
  group: string | null;
  relations: { kind: RelationKind; kindName: string; personName: string }[];
}

export interface NewExpert {
  name: string;
  idNumber?: string;
  series: string;
  level: string;
  specialty: string;
  unitOrganisationId?: string | null;
  unitName: string;
  regionCode: string;
  privateSector: boolean;
  termFrom: string;
  termTo: string;
}

export function listExperts(
  filter: { committeeId?: string; year?: number },
  signal?: AbortSignal,
): Promise<ExpertRow[]> {
  return http.get<ExpertRow[]>(expertsPath, { query: { ...filter }, signal });
}

/** 登记专家: the term may not exceed 3 years; an ID number makes the entry idempotent. */
export function createExpert(body: NewExpert): Promise<{ id: string }> {
  return http.post<{ id: string }>(expertsPath, body);
}

const poolPath = (committeeId: string) => `/api/v1/committees/${encodeURIComponent(committeeId)}/pool`;

/** 纳入专家库: into a committee's pool for a year, in a specialty group (until 30 June). */
export function addToPool(
  committeeId: string,
  body: { expertId: string; year: number; group: string },
): Promise<{ ok: boolean }> {
  return http.post<{ ok: boolean }>(poolPath(committeeId), body);
}

export function removeFromPool(
  committeeId: string,
  year: number,
  expertId: string,
): Promise<{ ok: boolean }> {
  return http.delete<{ ok: boolean }>(`${poolPath(committeeId)}/${year}/${encodeURIComponent(expertId)}`);
}

/** 登记关系: a relation with the person holding this ID number; every later draw recuses on it. */
export function declareRelation(
  expertId: string,
  body: { idNumber: string; kind: RelationKind; note?: string },
): Promise<{ id: string; personName: string; kind: RelationKind }> {
  return http.post(`${expertsPath}/${encodeURIComponent(expertId)}/relations`, body);
}

/** 开通专家端: a login for the expert portal, with an initial password the office hands over. */
export function openExpertAccount(
  expertId: string,
  body: { username: string; password: string },
): Promise<{ expertId: string; userId: string; username: string }> {
  return http.post(`${expertsPath}/${encodeURIComponent(expertId)}/account`, body);
}
