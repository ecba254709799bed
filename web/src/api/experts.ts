import { api, type BodyOf, call, type Schemas } from './client';

// The expert registry (评审专家库): experts with their term, the committees' yearly pools and the
// relations that recuse an expert from a person's application.

/** The kinds of relation that recuse an expert. */
export type RelationKind = Schemas['Expert']['relations'][number]['kind'];

/** `GET /experts`: one expert; `group` is set when the list is one committee's pool for a year. */
export type ExpertRow = Schemas['Expert'];

export type NewExpert = BodyOf<'/api/v1/experts', 'post'>;

export function listExperts(
  filter: { committeeId?: string; year?: number },
  signal?: AbortSignal,
): Promise<ExpertRow[]> {
  return call(api.GET('/api/v1/experts', { params: { query: filter }, signal }));
}

/** 登记专家: the term may not exceed 3 years; an ID number makes the entry idempotent. */
export function createExpert(body: NewExpert): Promise<{ id: string }> {
  return call(api.POST('/api/v1/experts', { body }));
}

/** 纳入专家库: into a committee's pool for a year, in a specialty group (until 30 June). */
export function addToPool(
  committeeId: string,
  body: { expertId: string; year: number; group: string },
): Promise<{ ok: boolean }> {
  return call(api.POST('/api/v1/committees/{id}/pool', { params: { path: { id: committeeId } }, body }));
}

export function removeFromPool(
  committeeId: string,
  year: number,
  expertId: string,
): Promise<{ ok: boolean }> {
  return call(
    api.DELETE('/api/v1/committees/{id}/pool/{year}/{expertId}', {
      params: { path: { id: committeeId, year, expertId } },
    }),
  );
}

/** 登记关系: a relation with the person holding this ID number; every later draw recuses on it. */
export function declareRelation(
  expertId: string,
  body: { idNumber: string; kind: RelationKind; note?: string },
): Promise<Schemas['ExpertRelationDeclared']> {
  return call(api.POST('/api/v1/experts/{id}/relations', { params: { path: { id: expertId } }, body }));
}

/** 开通专家端: a login for the expert portal, with an initial password the office hands over. */
export function openExpertAccount(
  expertId: string,
  body: { username: string; password: string },
): Promise<Schemas['ExpertAccountOpened']> {
  return call(api.POST('/api/v1/experts/{id}/account', { params: { path: { id: expertId } }, body }));
}
