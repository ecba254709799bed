import type { Db } from '../../db/client';
import type { ApplicationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai, type WorkingDayCalendar } from '../../domain/calendar';
import type { Level } from '../../domain/catalogue';
import { AppError, notFound } from '../../domain/errors';
import type { Pathway } from '../../domain/policy';
import type { Clock } from '../../platform/clock';
import { POLICY_LAYERS } from '../../policies';
import type { KeptFile } from '../attachments/attachments.service';
import { archiveBanOf } from '../integrity/integrity.repository';
import type { NotificationsService } from '../notifications/notifications.service';
import { findOrganisation } from '../organisations/organisations.repository';
import { findPerson } from '../people/people.repository';
import { findProfile } from '../profile/profile.repository';
import { type CreateOptions, createApplicationFiler } from './application-filing';
import { type ApplicationDraft, applicantOf, assessApplication, assessFacts } from './application-submission';
import { fireTransition, type TransitionCommand, type TransitionDeps } from './application-transition';
import { scopeCondition } from './applications.policy';
import * as repo from './applications.repository';

/** The eligibility of a returned application, judged again on resubmission with today's profile. */
async function reevaluate(db: Db, app: ApplicationRecord, now: Date): Promise<Partial<ApplicationRecord>> {
  const today = todayInShanghai(now);
  const [profile, employer, person, live] = await Promise.all([
    findProfile(db, app.personId),
    findOrganisation(db, app.employerId),
    findPerson(db, app.personId),
    repo.liveApplicationsOf(db, app.personId, app.year),
  ]);
  if (!profile || !employer || !person) return {};
  const archiveBan = await archiveBanOf(db, person.idNumberHash, today);
  // The person's other applications still count for eligibility (a policy may allow one a
  // year); quotas were judged at filing, on the claims stored with the application.
  const { problems, choice, eligibility } = assessFacts(
    {
      person,
      profile,
      employer,
      liveThisYear: live.filter((a) => a.id !== app.id),
      claimsInUse: [],
      archiveBan,
    },
    {
      target: { series: app.series, level: app.level as Level, specialty: app.specialty },
      pathway: app.pathway as Pathway,
    },
    now,
  );
  // The unit, retirement and the year's one application were judged at filing; a ban since
  // then stops a resubmission as it stops filing: the same rule, the same words.
  const banned = problems.find((p) => p.code === 'BANNED');
  if (banned)
    throw new AppError('unprocessable', banned.code, `不能重新提交：${banned.message}`, [
      {
        path: 'applicant',
        message: `${banned.message}（${banned.citation.document} ${banned.citation.clause}）`,
      },
    ]);
  return {
    eligibility,
    eligible: eligibility.eligible,
    policySet: choice.policySet,
    policyNote: choice.note,
  };
}

/**
 * Applications (申报): filing with an idempotency key, and every step of the pre-review
 * workflow by the role whose turn it is. One transaction per use case, audit event included.
 */
export function createApplicationsService(
  deps: Omit<TransitionDeps, 'calendar' | 'notifications'> & {
    notifications: Pick<NotificationsService, 'notify' | 'prepareAll'>;
    db: Db;
    clock: Clock;
    calendar: () => Promise<WorkingDayCalendar>;
  },
) {
  const { db, clock } = deps;
  const file = createApplicationFiler(deps);
  /** What a transition needs besides its transaction; read before the transaction opens. */
  const transitionDeps = async (): Promise<TransitionDeps> => ({
    audit: deps.audit,
    notifications: deps.notifications,
    calendar: await deps.calendar(),
  });

  /** The application if the actor may see it; otherwise "not found", never "forbidden". */
  async function visible(actor: Actor, id: string): Promise<ApplicationRecord> {
    const scope = scopeCondition(actor);
    const app = scope ? await repo.findApplication(db, id, scope) : undefined;
    if (!app) throw notFound('申报', 'APPLICATION_NOT_FOUND');
    return app;
  }

  return {
    visible,

    /**
     * One event on one application inside another module's transaction: how a review
     * session moves the applications of its agenda (its steps are refused to anyone else).
     */
    fireTransition,

    /** What filing would find now (policy set, eligibility, blocking problems), writing nothing. */
    async preview(actor: Actor, draft: Pick<ApplicationDraft, 'target' | 'pathway'>) {
      const person = await applicantOf(db, actor);
      const { today, choice, eligibility, problems } = await assessApplication(
        db,
        person,
        draft,
        clock.now(),
      );
      return {
        today,
        policy: {
          id: choice.policySet,
          name: POLICY_LAYERS.get(choice.policySet)?.name ?? choice.policySet,
          note: choice.note,
        },
        eligibility,
        problems,
      };
    },

    /**
     * Files an application. The same idempotency key always yields the same application, so
     * a double click or a retry after a lost response never creates a second one; `created`
     * tells the two apart. Filings arriving together are written together (group commit).
     * Files sent with the filing (checked and stored) get their rows in its transaction.
     */
    create(actor: Actor, draft: ApplicationDraft, options: CreateOptions, files: KeptFile[] = []) {
      return file({ actor, draft, options, files });
    },

    /** One event on one application, in one transaction. */
    async transition(actor: Actor, id: string, command: TransitionCommand) {
      const app = await visible(actor, id);
      const now = clock.now();
      const fire = await transitionDeps();
      return db.transaction(async (tx) => {
        const current = (await repo.findApplication(tx, app.id))!;
        const extra =
          command.event === 'submit' && current.state === 'returned'
            ? await reevaluate(tx, current, now)
            : {};
        return fireTransition(tx, fire, actor, current, command, now, { extra });
      });
    },

    /**
     * Bulk actions (批量操作): the same event on many applications, each in its own
     * transaction, so one refusal does not undo the others; every outcome is reported.
     */
    async transitionMany(actor: Actor, ids: string[], command: Omit<TransitionCommand, 'expectedVersion'>) {
      const results: { id: string; ok: boolean; state?: string; message?: string }[] = [];
      for (const id of ids) {
        try {
          const app = await this.transition(actor, id, command);
          results.push({ id, ok: true, state: app.state });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({ id, ok: false, message: error.message });
        }
      }
      return {
        succeeded: results.filter((r) => r.ok).length,
        failed: results.filter((r) => !r.ok).length,
        results,
      };
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
