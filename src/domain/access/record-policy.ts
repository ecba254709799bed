import type { Actor } from './actor';

/**
 * The one shape of "who may do what with a record" (DESIGN rule 4), after Outline's
 * declarative policies: each module states, in its `<module>.policy.ts`, one `RecordPolicy`
 * per kind of record it returns, and nothing else decides access to those records.
 *
 * - `scopeOf(actor)` is the part of the records the actor may see, in the form the module's
 *   repository filters by (a SQL condition, region prefixes, a set of ids): lists, counts,
 *   exports and bulk actions put it into their one query, so an id outside it is never loaded.
 * - `abilitiesOf(actor, record)` is what the actor may do with one record now, or null when the
 *   record is not theirs to see (the API then says "not found", never "forbidden", so a
 *   stranger cannot probe which ids exist). An empty list means "may read, may do nothing".
 *
 * The API returns each record with its abilities as `actions` (`present`), the services
 * refuse what the abilities do not include (`requireAbility`), and the web shows exactly
 * the buttons `actions` names: the rule is written once and the three cannot disagree.
 */
export interface RecordPolicy<TRecord, TAbility, TScope> {
  scopeOf(actor: Actor): TScope;
  abilitiesOf(actor: Actor, record: TRecord): TAbility[] | null;
}

/** A record as the API returns it: its view and what the caller may do with it. */
export type Presented<TView, TAbility> = TView & { actions: TAbility[] };

/**
 * The one presenter: the record's view with the abilities its policy grants the actor, or null
 * when the policy does not let the actor see it.
 */
export function present<TRecord, TAbility, TView extends object>(
  policy: Pick<RecordPolicy<TRecord, TAbility, unknown>, 'abilitiesOf'>,
  actor: Actor,
  record: TRecord,
  view: (record: TRecord) => TView,
): Presented<TView, TAbility> | null {
  const actions = policy.abilitiesOf(actor, record);
  return actions === null ? null : { ...view(record), actions };
}

/**
 * A page of records, each presented. The records come from a query already filtered by
 * `scopeOf`; one the policy still refuses (the two disagree) is left out rather than shown.
 */
export function presentAll<TRecord, TAbility, TView extends object>(
  policy: Pick<RecordPolicy<TRecord, TAbility, unknown>, 'abilitiesOf'>,
  actor: Actor,
  records: readonly TRecord[],
  view: (record: TRecord) => TView,
): Presented<TView, TAbility>[] {
  const out: Presented<TView, TAbility>[] = [];
  for (const record of records) {
    const presented = present(policy, actor, record, view);
    if (presented) out.push(presented);
  }
  return out;
}

/**
 * Refuses an action the record's abilities do not include: `hidden` (not found) when the actor
 * may not see the record at all, `refused` (forbidden or a state conflict, with the reason in
 * Chinese) when they see it but may not do this now.
 */
export function requireAbility<TAbility>(
  abilities: readonly TAbility[] | null,
  ability: TAbility,
  errors: { hidden: () => Error; refused: () => Error },
): void {
  if (abilities === null) throw errors.hidden();
  if (!abilities.includes(ability)) throw errors.refused();
}
