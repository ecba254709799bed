import type { Actor } from '../../domain/access/actor';
import type { RecordPolicy } from '../../domain/access/record-policy';
import { AppError } from '../../domain/errors';
import { isWithinRegion, regionPrefix } from '../../domain/regions';

/**
 * Historical title records are the HR bureau's ledger (liaoyang-2023 十二): only the bureau
 * imports them, into its own jurisdiction's numbering block. Deny by default.
 */
export function assertMayImportTitles(actor: Actor): void {
  if (!actor.roles.includes('hr'))
    throw new AppError('forbidden', 'TITLE_IMPORT_FORBIDDEN', '只有人社部门可以导入历史职称数据');
}

/**
 * An import job is read, never changed, by the bureaus of its jurisdiction and above (its error
 * report is part of reading it): no abilities, and "not found" to anyone else. The scope is the
 * region prefix of the actor's jurisdiction.
 */
export const importJobPolicy: RecordPolicy<{ regionCode: string }, never, string> = {
  scopeOf: (actor) => regionPrefix(actor.jurisdictionCode),
  abilitiesOf: (actor, job) =>
    actor.roles.includes('hr') && isWithinRegion(job.regionCode, actor.jurisdictionCode) ? [] : null,
};
