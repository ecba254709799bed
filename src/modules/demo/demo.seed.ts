import type { Db } from '../../db/client';
import { isRole, roleName } from '../../domain/access/roles';
import { maskIdNumber, maskMobilePhone } from '../../domain/identifiers';
import type { FieldCipher } from '../../platform/crypto';
import { hashPassword } from '../../platform/password';
import { phoneLookupHash } from '../account';
import type { AuditLog } from '../audit';
import { bindEmployersOnRecord } from '../employment';
import * as repo from './demo.repository';
import { type DemoAppointmentServices, seedDemoAppointments } from './demo-appointments.seed';
import { seedDemoCertificates } from './demo-certificates.seed';
import { buildDemoDataset, type DemoDataset } from './demo-dataset';
import { seedDemoExperts } from './demo-experts.seed';
import { DEMO_NEWCOMER, seedDemoJoining } from './demo-joining.seed';
import { FEATURED_APPLICANT, FEATURED_EXPERT } from './demo-persons';
import { seedDemoPostProposals } from './demo-post-proposals.seed';
import { DEMO_POST_UNITS, demoActor, seedDemoPostClerks, seedDemoPosts } from './demo-posts.seed';
import { featuredApplicantProfile } from './demo-profiles';

export interface DemoAccount {
  username: string;
  roleName: string;
  displayName: string;
  organisation: string;
  /** The verified mobile, for professionals: a one-time code to it recovers the password. */
  phone: string | null;
}

export interface DemoSummary {
  organisations: number;
  persons: number;
  password: string;
  accounts: DemoAccount[];
}

/** The verified mobile of the demo's i-th account (professionals only): the banner prints it for 找回密码. */
function demoPhone(index: number): string {
  return `1390000${String(index + 1).padStart(4, '0')}`;
}

function verifiedPhone(phone: string, cipher: FieldCipher) {
  return {
    phoneCipher: cipher.encrypt(phone),
    phoneHash: phoneLookupHash(cipher, phone),
    phoneMasked: maskMobilePhone(phone),
  };
}

/**
 * Inserts the demo dataset in one transaction: all of it or nothing. With `posts`, the demo's post
 * plans are then made through the posts services, each step in its own transaction as users take it.
 */
export async function seedDemo(
  db: Db,
  deps: {
    audit: AuditLog;
    cipher: FieldCipher;
    posts?: DemoAppointmentServices;
  },
): Promise<DemoSummary> {
  const data: DemoDataset = buildDemoDataset();
  // Hashing is deliberately slow; do it before the transaction opens.
  const hashes = await Promise.all(data.users.map(() => hashPassword(data.password)));

  const actors = await db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    const insertedOrgs = await repo.insertOrganisations(
      tx,
      data.organisations.map(({ key: _key, departmentKey: _department, ...o }) => o),
    );
    const byCreditCode = new Map(insertedOrgs.map((o) => [o.creditCode, o.id]));
    for (const o of data.organisations) orgIds.set(o.key, byCreditCode.get(o.creditCode)!);
    for (const o of data.organisations)
      if (o.departmentKey) await repo.setDepartment(tx, orgIds.get(o.key)!, orgIds.get(o.departmentKey)!);
    const committeeRows = await repo.insertCommittees(
      tx,
      data.committees.map(({ officeKey, ...c }) => ({
        ...c,
        officeOrganisationId: orgIds.get(officeKey)!,
      })),
    );
    const committeeId = new Map(committeeRows.map((c) => [c.name, c.id]));

    const personIds = new Map<string, string>();
    for (const p of data.persons) {
      const id = await repo.insertPerson(tx, {
        name: p.name,
        gender: p.gender,
        birthDate: p.birthDate,
        idNumberCipher: deps.cipher.encrypt(p.idNumber),
        idNumberHash: deps.cipher.lookupHash(p.idNumber),
        idNumberMasked: maskIdNumber(p.idNumber),
        organisationId: orgIds.get(p.organisationKey) ?? null,
        jurisdictionCode: p.jurisdictionCode,
      });
      personIds.set(p.key, id);
    }
    // Their employers are on record as confirmed bindings, as migration 0016 made them for real data.
    await bindEmployersOnRecord(tx);
    const titles = data.persons.flatMap((p) =>
      p.titles.map((t) => ({ ...t, personId: personIds.get(p.key)! })),
    );
    await repo.insertPersonTitles(tx, titles);

    // The featured applicant has a saved profile, so the demo's apply wizard works at once.
    const featured = data.persons.find(
      (p) => p.name === FEATURED_APPLICANT.name && p.organisationKey === FEATURED_APPLICANT.organisationKey,
    );
    if (featured)
      await repo.insertProfile(tx, {
        personId: personIds.get(featured.key)!,
        data: featuredApplicantProfile(),
        updatedBy: personIds.get(featured.key)!,
      });

    const userRows = await repo.insertUsers(
      tx,
      data.users.map((u, i) => ({
        username: u.username,
        displayName: u.displayName,
        passwordHash: hashes[i]!,
        roles: u.roles,
        organisationId: u.organisationKey ? (orgIds.get(u.organisationKey) ?? null) : null,
        personId: u.personKey ? (personIds.get(u.personKey) ?? null) : null,
        jurisdictionCode: u.jurisdictionCode,
        // A professional's account has a verified mobile, as self-registration gives one: 账号安全
        // shows it, and 找回密码 works on it (the development log prints the code).
        ...(u.personKey ? verifiedPhone(demoPhone(i), deps.cipher) : {}),
      })),
    );
    await seedDemoJoining(tx, { orgIds, cipher: deps.cipher, passwordHash: hashes[0]! });
    const clerks = await seedDemoPostClerks(tx, { orgIds, passwordHash: hashes[0]! });
    await seedDemoCertificates(tx, data, { personIds, cipher: deps.cipher });
    await seedDemoExperts(tx, data, {
      committeeId,
      expertUnitId: orgIds.get(FEATURED_EXPERT.organisationKey) ?? null,
    });
    await deps.audit.record(tx, null, {
      action: 'demo.seeded',
      entityType: 'system',
      entityId: 'demo',
      data: {
        organisations: data.organisations.length,
        persons: data.persons.length,
        users: data.users.length,
      },
    });
    const staffActor = (username: string) => {
      const i = data.users.findIndex((u) => u.username === username);
      const u = data.users[i]!;
      return demoActor(
        userRows[i]!.id,
        u.roles.filter(isRole),
        orgIds.get(u.organisationKey ?? '') ?? '',
        u.jurisdictionCode,
      );
    };
    return { ...clerks, department: staffActor('department'), hr: staffActor('hr') };
  });
  if (deps.posts) await seedDemoPosts(deps.posts, actors, deps.posts.clock);
  if (deps.posts) await seedDemoAppointments(db, deps.posts, actors);
  if (deps.posts) await seedDemoPostProposals(db, { ...deps, clock: deps.posts.clock }, actors);
  return {
    organisations: data.organisations.length,
    persons: data.persons.length,
    password: data.password,
    accounts: await demoAccounts(db),
  };
}

/** The demo accounts still present, for the start-up banner. */
export async function demoAccounts(db: Db): Promise<DemoAccount[]> {
  const { users: demoUsers } = buildDemoDataset();
  // The self-registered newcomer last: he logs in by his phone and waits for his employer.
  const names = [
    ...demoUsers.map((u) => u.username),
    DEMO_POST_UNITS.hospital.username,
    DEMO_POST_UNITS.institute.username,
    DEMO_NEWCOMER.phone,
  ];
  const rows = await repo.usersNamed(db, names);
  const orgName = await repo.organisationNames(db);
  const order = new Map(names.map((name, i) => [name, i]));
  const phoneOf = (username: string) =>
    username === DEMO_NEWCOMER.phone ? DEMO_NEWCOMER.phone : demoPhone(order.get(username) ?? 0);
  return rows
    .sort((a, b) => (order.get(a.username) ?? 0) - (order.get(b.username) ?? 0))
    .map((u) => ({
      username: u.username,
      roleName: u.roles.filter(isRole).map(roleName).join('、'),
      displayName: u.displayName,
      organisation: u.organisationId
        ? (orgName.get(u.organisationId) ?? '')
        : u.personId
          ? '未绑定单位，待单位确认'
          : '',
      phone: u.phoneHash ? phoneOf(u.username) : null,
    }));
}
