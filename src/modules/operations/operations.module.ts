import { featureModule, type Platform } from '../../http/feature-module';
import type { DeadlineAdmin } from '../deadlines';
import type { NotificationsService } from '../notifications';
import type { DrawAudit } from '../review';
import type { TitleImportService } from '../title-import';
import { createOperations, type Operations } from './operations.service';
import { operatorRoutes } from './operator.routes';
import { operatorImportRoutes } from './operator-import.routes';

/** What the CLI asks a running server to do for it (the local operator token's routes). */
export const operationsModule = featureModule({
  name: 'operations',
  wire: ({
    db,
    config,
    deadlines,
    notifications,
  }: Pick<Platform, 'db' | 'config'> & {
    deadlines: Parameters<typeof createOperations>[0]['deadlines'];
    notifications: Pick<NotificationsService, 'deliverOutbox'>;
  }) => ({
    operations: createOperations({ db, deadlines, notifications, production: config.production }),
  }),
  routes: ({
    operations,
    deadlineAdmin,
    review,
    titleImports,
  }: {
    operations: Operations;
    deadlineAdmin: DeadlineAdmin;
    review: { drawAudit: DrawAudit };
    titleImports: TitleImportService;
  }) => [
    operatorRoutes({ operations, deadlineAdmin, drawAudit: review.drawAudit }),
    operatorImportRoutes(titleImports),
  ],
});
