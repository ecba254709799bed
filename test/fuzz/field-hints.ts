import fc from 'fast-check';
import { LEVELS, listSeries } from '../../src/domain/catalogue';
import { APPLICATION_TRANSITIONS } from '../../src/domain/workflow/application-transitions';
import { POLICY_SETS } from '../../src/policies';
import { makeCreditCode, makeIdNumber, TEST_PASSWORD } from '../helpers/factories';

/** What already exists in the database, so generated requests name real records as well as random ones. */
export interface ExistingRecords {
  /** Ids by table name (`applications`, `review_sessions`, …). */
  idsByTable: ReadonlyMap<string, readonly string[]>;
  usernames: readonly string[];
  certificateNumbers: readonly string[];
  /** Birth dates of people on record: a profile's must match its owner's ID number. */
  birthDates: readonly string[];
  /** Names and codes that must stay unique (committees, organisations): a copy must be a 409. */
  takenNames: readonly string[];
  takenCreditCodes: readonly string[];
}

/**
 * The table whose ids a field names: by the field's name (`committeeId`, `attachmentIds`) or, for
 * a path's `{id}`, by the path segment before it (`review-sessions`).
 */
const TABLE_OF: Record<string, string> = {
  users: 'users',
  organisations: 'organisations',
  organisationId: 'organisations',
  officeOrganisationId: 'organisations',
  unitOrganisationId: 'organisations',
  dispatchAgencyId: 'organisations',
  unitId: 'organisations',
  departmentId: 'organisations',
  'unit-registrations': 'organisations',
  applications: 'applications',
  applicationId: 'applications',
  applicationIds: 'applications',
  publicity: 'publicity_notices',
  objections: 'objections',
  committees: 'committees',
  committeeId: 'committees',
  'self-review-applications': 'self_review_applications',
  experts: 'experts',
  expertId: 'experts',
  'review-sessions': 'review_sessions',
  sessions: 'review_sessions',
  sessionId: 'review_sessions',
  'title-imports': 'title_import_jobs',
  certificates: 'certificates',
  findings: 'fraud_findings',
  complaints: 'complaints',
  attachments: 'attachments',
  attachmentId: 'attachments',
  attachmentIds: 'attachments',
  'employment-bindings': 'employment_bindings',
  'binding-requests': 'employment_bindings',
};

const DATE_NAMES =
  /(^|[a-z])(On|Date|From|To|Until|Since|Day)$|^(from|to|since|asOf|asOfA|asOfB|date|on|at)$/;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Dates around the test clock (2026-03-02) and at the calendar's edges; impossible ones are a mutation's business. */
export const dateString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .date({ min: new Date('1900-01-01'), max: new Date('2101-12-31'), noInvalidDate: true })
      .map(day),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-03-02',
      '2026-06-30',
      '2026-11-20',
      '2025-10-11',
      '2026-12-31',
      '2024-02-29',
      '1949-10-01',
      '2000-01-01',
      '2100-12-31',
      '2031-01-02',
      '0001-01-01',
      '9999-12-31',
    ),
  },
);

const uuid = fc.oneof(
  { weight: 3, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
    ),
  },
);

/** An id for a field: mostly an existing record of the table its name points to, sometimes any record or none. */
export function idFor(name: string, existing: ExistingRecords): fc.Arbitrary<string> {
  const all = [...existing.idsByTable.values()].flat();
  const own = existing.idsByTable.get(TABLE_OF[name] ?? '') ?? [];
  return fc.oneof(
    ...(own.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...own) }] : []),
    ...(all.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...all) }] : []),
    { weight: 2, arbitrary: uuid },
  );
}

const seriesSlugs = listSeries().map((s) => s.slug);
const regionCodes = fc.constantFrom(
  '210000',
  '210300',
  '210302',
  '211000',
  '220000',
  '110000',
  '999999',
  '000000',
);

/**
 * Meaningful values for a field whose JSON Schema says only "string", by its name: policy ids,
 * series, dates, identifiers, region codes, events, names of existing records; `undefined` when
 * the name says nothing. `only`: the server refines the field to exactly such values (a zod
 * refinement the document does not show), so any other string would make the request invalid.
 */
export function hintFor(name: string, existing: ExistingRecords): Hint | undefined {
  const values = hintedValues(name, existing);
  return values ? { values, only: DATE_NAMES.test(name) || REFINED.test(name) } : undefined;
}

export interface Hint {
  values: fc.Arbitrary<unknown>;
  only: boolean;
}

const REFINED =
  /^(policy|policies|series|level|levels|event|idNumber|creditCode|regionCode|jurisdictionCode|jurisdiction)$/;

function hintedValues(name: string, existing: ExistingRecords): fc.Arbitrary<unknown> | undefined {
  if (name === 'birthDate' && existing.birthDates.length > 0) {
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...existing.birthDates) }, dateString);
  }
  if (DATE_NAMES.test(name)) return dateString;
  switch (name) {
    case 'code':
      // The anonymous codes of a session's agenda items, as experts see them.
      return fc.constantFrom('A001', 'A002', 'A003');
    case 'policy':
    case 'policies':
      return fc.constantFrom(...POLICY_SETS, 'national', 'liaoning', 'unknown-2099');
    case 'series':
      return fc.constantFrom(...seriesSlugs);
    case 'level':
    case 'levels':
      return fc.constantFrom(...LEVELS);
    case 'specialty':
    case 'specialties':
    case 'group':
      return fc.constantFrom('通信工程', '电子信息', '计算机应用技术');
    case 'event':
      return fc.constantFrom(...new Set(APPLICATION_TRANSITIONS.map((t) => t.event)));
    case 'idNumber':
      return fc.constantFrom('1990-01-01', '1975-12-31', '2000-02-29').map((birth) => makeIdNumber(birth));
    case 'creditCode':
      return fc.oneof(
        fc.constantFrom('210300', '211000').map((region) => makeCreditCode(region)),
        ...(existing.takenCreditCodes.length > 0 ? [fc.constantFrom(...existing.takenCreditCodes)] : []),
      );
    case 'name':
      return existing.takenNames.length > 0 ? fc.constantFrom(...existing.takenNames) : undefined;
    case 'value':
      return fc.oneof(
        fc.constant('11010519491231002X'),
        fc.constant('91350100M000100Y43'),
        fc.constant(0).map(() => makeIdNumber('1988-08-08')),
      );
    case 'regionCode':
    case 'jurisdictionCode':
    case 'jurisdiction':
      return regionCodes;
    case 'username':
      return existing.usernames.length > 0 ? fc.constantFrom(...existing.usernames) : undefined;
    case 'password':
      return fc.constant(TEST_PASSWORD);
    case 'number':
    case 'certificateNumbers':
      return existing.certificateNumbers.length > 0
        ? fc.constantFrom(...existing.certificateNumbers)
        : undefined;
    case 'phone':
      return fc.constantFrom('13800138000', '024-12345678', '1');
    case 'year':
      return fc.constantFrom(2026, 2025, 2027, 2000, 2100);
    default:
      return undefined;
  }
}

/** Whether the field names a record by id (its uuids come from `idFor`). */
export function namesRecord(name: string): boolean {
  return name in TABLE_OF || name === 'id' || name === 'ids';
}
