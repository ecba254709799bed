import type { Db } from '../../db/client';
import type { FieldProblem } from '../../domain/errors';
import { dispatchTargetProblem } from '../../domain/organisations/unit-registration';
import { unprocessableProblems } from '../../domain/unprocessable-problems';
import * as repo from './units.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The units a dispatch agency names as those it sends staff to — each by 统一社会信用代码 or by
 * id — as the ids of approved employers, without repeats. Refuses (422) naming every entry that
 * is not one at its field (`pathOf(i)`), so a form can mark each.
 */
export async function resolveDispatchTargets(
  db: Db,
  refs: readonly string[],
  pathOf: (index: number) => string = (i) => `dispatchesTo[${i}]`,
): Promise<string[]> {
  if (refs.length === 0) return [];
  const named = refs.map((ref) =>
    UUID.test(ref) ? { id: ref.toLowerCase() } : { creditCode: ref.toUpperCase() },
  );
  const found = await repo.organisationsNamed(db, {
    ids: named.flatMap((n) => (n.id ? [n.id] : [])),
    creditCodes: named.flatMap((n) => (n.creditCode ? [n.creditCode] : [])),
  });
  const problems: FieldProblem[] = [];
  const ids: string[] = [];
  named.forEach((n, i) => {
    const unit = found.find((o) => (n.id ? o.id === n.id : o.creditCode === n.creditCode));
    const problem = dispatchTargetProblem(unit);
    if (problem) problems.push({ path: pathOf(i), message: problem });
    else if (!ids.includes(unit!.id)) ids.push(unit!.id);
  });
  if (problems.length > 0) throw unprocessableProblems('DISPATCH_UNIT_NOT_ACCEPTED', '派遣单位', problems);
  return ids;
}
