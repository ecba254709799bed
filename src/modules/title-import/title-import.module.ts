import { bulkWriterOf } from '../../db/client';
import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { titleImportRoutes } from './title-import.routes';
import { createTitleImportService } from './title-import.service';

/** The HR bureau's import of historical title records. */
export const titleImportModule = featureModule({
  name: 'title-import',
  wire: ({ db, clock, cipher, audit }: Pick<Platform, 'db' | 'clock' | 'cipher'> & { audit: AuditLog }) => ({
    titleImports: createTitleImportService({ db, bulk: bulkWriterOf(db), clock, audit, cipher }),
  }),
  routes: ({ titleImports }) => [titleImportRoutes(titleImports)],
});
