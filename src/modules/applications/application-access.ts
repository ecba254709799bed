import type { Db } from '../../db/client';
import type { ApplicationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { personIdOfUser } from '../profile/profile.repository';
import type { ApplicationAccessRecord } from './applications.policy';
import { committeeOfficeOf } from './applications.repository';

/** The person the acting account belongs to; read only for an applicant, the one role that needs it. */
export async function actorPersonIdOf(db: Db, actor: Actor): Promise<string | null> {
  return actor.roles.includes('applicant') ? personIdOfUser(db, actor.userId) : null;
}

/** The application with the facts its policy judges it by for this actor (applicationPolicy). */
export async function accessRecordOf(
  db: Db,
  actor: Actor,
  app: ApplicationRecord,
): Promise<ApplicationAccessRecord> {
  const [actorPersonId, office] = await Promise.all([
    actorPersonIdOf(db, actor),
    committeeOfficeOf(db, app.committeeId),
  ]);
  return { ...app, actorPersonId, committeeOfficeId: office?.officeId ?? null };
}
