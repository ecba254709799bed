import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { backupRoutes } from './backup.routes';
import { createBackupService } from './backup.service';

export const backupModule = featureModule({
  name: 'backup',
  wire: ({ db, clock, config, audit }: Pick<Platform, 'db' | 'clock' | 'config'> & { audit: AuditLog }) => ({
    backup: createBackupService({ db, config, audit, clock }),
  }),
  routes: ({ backup }) => [backupRoutes(backup)],
});
