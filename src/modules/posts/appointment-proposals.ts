/**
 * Appointment proposals from conferred titles (issue 20, Deliver 3): a title whose evaluation
 * carried `outsidePostQuota` or `postGrade` becomes a special-post draft in the person's unit,
 * and a title conferred in a 评聘结合 series a draft appointment at its level — each a draft the
 * unit completes and takes up the chain like any other (docs/POSTS.md "Proposals").
 */
import type { Db } from '../../db/client';
import type { ApplicationRecord, OrganisationRecord, PersonRecord } from '../../db/schema';
import type { Level } from '../../domain/catalogue';
import { AppError } from '../../domain/errors';
import type { EligibilityResult } from '../../domain/policy/eligibility-result';
import { appointmentCombinedKey } from '../../domain/policy/parameter-registry';
import { optionalParameter } from '../../domain/policy/parameter-values';
import type { AppointmentRequest } from '../../domain/posts/appointment';
import { checkAppointment } from '../../domain/posts/appointment-guards';
import { type AppointmentProposal, proposalFromEffects } from '../../domain/posts/proposal-from-effects';
import type { AuditLog } from '../audit';
import { resolvedPolicy } from '../eligibility';
import { findOrganisationsByIds } from '../organisations';
import { findPersons } from '../people';
import { policyForPlace } from '../policy';
import { appointmentFacts, currentPost } from './appointment-facts';
import type { StoredFindings } from './appointment-records';
import { insertProposal, recordedAppointmentsOf } from './appointments.repository';
import type { AppointmentDraftBody } from './appointments.schema';

const NOTHING_DECLARED = {
  newStaff: false,
  exchangeEntrant: false,
  dualRole: false,
  introducedTalent: false,
};

/** What the stored eligibility says of the chosen pathway: its effects and its basis (name, clause). */
function chosenPathwayOf(app: ApplicationRecord) {
  const stored = app.eligibility as Partial<EligibilityResult>;
  const chosen = stored.pathways?.find((p) => p.pathway === (stored.pathway ?? app.pathway));
  return {
    effects: stored.effects ?? chosen?.effects ?? {},
    basis: chosen ? { name: chosen.basis.name, citation: chosen.basis.citation } : null,
  };
}

/**
 * A draft policy set's effects never decide (DOMAIN §4): the set the application was judged
 * under is read again on the day of conferral, so an adopted draft's effects count and a draft
 * still in consultation's do not.
 */
function policyStatusOn(app: ApplicationRecord, day: string): 'in-force' | 'draft' {
  try {
    return resolvedPolicy(app.policySet, day).status;
  } catch {
    // A set no longer in the rule base cannot be shown to be in force.
    return 'draft';
  }
}

/** The proposal for one conferred title of a person in a public institution, or null. */
async function proposalFor(
  tx: Db,
  app: ApplicationRecord,
  person: PersonRecord,
  unit: OrganisationRecord,
  day: string,
): Promise<AppointmentProposal | null> {
  const unitPolicy = policyForPlace(unit.jurisdictionCode, day);
  const combined = optionalParameter(unitPolicy, appointmentCombinedKey(app.series));
  const held = currentPost(await recordedAppointmentsOf(tx, person.id, unit.id), day);
  return proposalFromEffects({
    series: app.series,
    level: app.level as Level,
    ...chosenPathwayOf(app),
    effectsPolicyStatus: policyStatusOn(app, day),
    ...(combined ? { combined: { value: combined.value, citation: combined.citation } } : {}),
    currentGrade: held?.grade ?? null,
  });
}

/**
 * The guards' answer for the proposal as it stands, kept with the draft so the unit sees at once
 * what it must complete (a special post's approval number, a vacancy…). The rules of a unit
 * whose set cannot be read for posts (a draft place) leave the check to the unit's first edit.
 */
async function checkOf(
  tx: Db,
  unit: OrganisationRecord,
  person: PersonRecord,
  body: AppointmentDraftBody,
): Promise<{ check: StoredFindings['check']; planId: string | null }> {
  const { personId: _p, person: declared, ...rest } = body;
  const request = rest as AppointmentRequest;
  try {
    const { facts, rules, planId } = await appointmentFacts(tx, unit, person, request, declared);
    return { check: { ...checkAppointment(request, facts, rules), policy: { id: rules.policyId } }, planId };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { check: null, planId: null };
  }
}

/**
 * Called in the transaction that confers the titles (the review session's announcement, the
 * moment the person holds the title): for each conferred application whose holder works in a
 * public institution, the draft its effects or the unit's 评聘结合 call for, with its audit
 * event. One proposal per application (a unique index): conferring again or replacing the
 * certificate finds the first one and adds nothing. Returns the ids of the drafts created.
 */
export async function proposeFromConferredTitles(
  tx: Db,
  deps: { audit: AuditLog },
  actorUserId: string,
  input: { conferredOn: string; applications: readonly ApplicationRecord[] },
): Promise<string[]> {
  const people = await findPersons(tx, [...new Set(input.applications.map((a) => a.personId))]);
  const personOf = new Map(people.map((p) => [p.id, p]));
  const unitIds = [...new Set(people.flatMap((p) => (p.organisationId ? [p.organisationId] : [])))];
  const unitOf = new Map((await findOrganisationsByIds(tx, unitIds)).map((o) => [o.id, o]));
  const created: string[] = [];
  for (const app of input.applications) {
    const person = personOf.get(app.personId);
    const unit = person?.organisationId ? unitOf.get(person.organisationId) : undefined;
    if (!person || unit?.employerKind !== 'public-institution') continue;
    const proposal = await proposalFor(tx, app, person, unit, input.conferredOn);
    if (!proposal) continue;
    const body: AppointmentDraftBody = {
      personId: person.id,
      kind: proposal.kind,
      grade: proposal.grade,
      level: proposal.level,
      startDate: input.conferredOn,
      series: app.series,
      reason: proposal.reason,
      person: NOTHING_DECLARED,
    };
    const { check, planId } = await checkOf(tx, unit, person, body);
    const row = await insertProposal(tx, {
      personId: person.id,
      organisationId: unit.id,
      planId,
      kind: proposal.kind,
      grade: proposal.grade,
      boardKind: proposal.boardKind,
      series: app.series,
      startDate: input.conferredOn,
      state: 'draft',
      reason: proposal.reason,
      source: proposal.source,
      applicationId: app.id,
      findings: { request: body, check } satisfies StoredFindings,
      createdBy: actorUserId,
      updatedBy: actorUserId,
    });
    if (!row) continue;
    await deps.audit.record(tx, actorUserId, {
      action: 'appointment.proposed-from-title',
      entityType: 'appointment',
      entityId: row.id,
      data: {
        organisationId: unit.id,
        applicationId: app.id,
        source: proposal.source,
        kind: proposal.kind,
        grade: proposal.grade,
        citations: proposal.citations,
      },
    });
    created.push(row.id);
  }
  return created;
}
