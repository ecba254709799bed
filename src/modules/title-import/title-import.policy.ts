import type { Actor } from '../../domain/access/actor';
import { AppError } from '../../domain/errors';
import { isWithinRegion } from '../../domain/regions';

/**
 * Historical title records are the HR bureau's ledger (liaoyang-2023 十二): only the bureau
 * imports them, into its own jurisdiction's numbering block. Deny by default.
 */
export function assertMayImportTitles(actor: Actor): void {
  if (!actor.roles.includes('hr'))
    throw new AppError('forbidden', 'TITLE_IMPORT_FORBIDDEN', '只有人社部门可以导入历史职称数据');
}

/** A bureau sees the imports of its jurisdiction and of every region below it. */
export function seesImportJob(actor: Actor, job: { regionCode: string }): boolean {
  return actor.roles.includes('hr') && isWithinRegion(job.regionCode, actor.jurisdictionCode);
}
