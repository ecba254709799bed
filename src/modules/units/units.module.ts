import { featureModule, type Platform } from '../../http/feature-module';
import type { PhoneCodes } from '../account';
import type { AuditLog } from '../audit';
import { unitRegistrationRoutes } from './unit-registration.routes';
import { createUnitRegistration } from './unit-registration.service';
import { unitRelationsRoutes } from './unit-relations.routes';
import { createUnitRelations } from './unit-relations.service';
import { unitReviewRoutes } from './unit-review.routes';
import { createUnitReview } from './unit-review.service';

/** Units register themselves; the HR bureau reviews them and keeps their department and dispatch relations. */
export const unitsModule = featureModule({
  name: 'units',
  wire: ({
    db,
    clock,
    cipher,
    audit,
    phoneCodes,
  }: Pick<Platform, 'db' | 'clock' | 'cipher'> & { audit: AuditLog; phoneCodes: PhoneCodes }) => ({
    units: {
      registration: createUnitRegistration({ db, clock, audit, cipher, codes: phoneCodes }),
      review: createUnitReview({ db, clock, audit }),
      relations: createUnitRelations({ db, clock, audit }),
    },
  }),
  routes: ({ units }) => [
    unitRegistrationRoutes(units.registration),
    unitReviewRoutes(units.review),
    unitRelationsRoutes(units.relations),
  ],
});
