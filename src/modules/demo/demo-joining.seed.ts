import type { Db } from '../../db/client';
import {
  creditCodeCheckChar,
  idNumberCheckChar,
  maskIdNumber,
  maskMobilePhone,
  orgCodeCheckChar,
} from '../../domain/identifiers';
import type { FieldCipher } from '../../platform/crypto';
import { phoneLookupHash } from '../account';
import { insertBinding, insertOrganisations, insertPerson, insertUsers } from './demo.repository';
import { ORG_KEYS } from './demo-organisations';

/** A demo professional who registered himself and waits for his employer (DOMAIN §14). */
export const DEMO_NEWCOMER = {
  name: '周明轩',
  /** Registered with his phone as the login name, as self-registration does by default. */
  phone: '13900000100',
  birthDate: '1992-08-15',
  idNumber: withIdCheck('21030219920815133'),
} as const;

/** A unit that registered itself and waits for the Anshan HR bureau's review. */
export const DEMO_PENDING_UNIT = {
  name: '鞍山市铁西区智造科技有限公司',
  creditCode: withCreditCheck('91210303', 'MA10W8K3'),
  username: 'zhizao',
  contactName: '韩雪梅',
  contactPhone: '13900000101',
} as const;

function withIdCheck(first17: string): string {
  return first17 + idNumberCheckChar(first17);
}

/** A credit code from its first 8 and organisation-code body; the body's characters must be valid ones. */
function withCreditCheck(prefix: string, orgBody: string): string {
  const orgCheck = orgCodeCheckChar(orgBody);
  const first17 = `${prefix}${orgBody}${orgCheck ?? ''}`;
  const check = creditCodeCheckChar(first17);
  if (!orgCheck || !check) throw new Error(`not a credit code body: ${orgBody}`);
  return first17 + check;
}

/**
 * People and units joining, so a newcomer to the demo sees each side of it at once: the
 * demo employer finds 周明轩's request in 人员绑定审核 (he registered, named the unit, and
 * waits), and the Anshan HR bureau finds a unit's registration under the city's industry
 * bureau in 单位注册审核. Rows as the registration and binding services leave them.
 */
export async function seedDemoJoining(
  tx: Db,
  deps: { orgIds: ReadonlyMap<string, string>; cipher: FieldCipher; passwordHash: string },
): Promise<void> {
  const { cipher } = deps;
  const employerId = deps.orgIds.get(ORG_KEYS.applicantEmployer)!;
  const personId = await insertPerson(tx, {
    name: DEMO_NEWCOMER.name,
    gender: 'male',
    birthDate: DEMO_NEWCOMER.birthDate,
    idNumberCipher: cipher.encrypt(DEMO_NEWCOMER.idNumber),
    idNumberHash: cipher.lookupHash(DEMO_NEWCOMER.idNumber),
    idNumberMasked: maskIdNumber(DEMO_NEWCOMER.idNumber),
    jurisdictionCode: '210302',
  });
  const [account] = await insertUsers(tx, [
    {
      username: DEMO_NEWCOMER.phone,
      displayName: DEMO_NEWCOMER.name,
      passwordHash: deps.passwordHash,
      roles: ['applicant'],
      personId,
      jurisdictionCode: '210302',
      phoneCipher: cipher.encrypt(DEMO_NEWCOMER.phone),
      phoneHash: phoneLookupHash(cipher, DEMO_NEWCOMER.phone),
      phoneMasked: maskMobilePhone(DEMO_NEWCOMER.phone),
    },
  ]);
  await insertBinding(tx, {
    personId,
    organisationId: employerId,
    relation: 'contract',
    startedOn: '2019-07-01',
    status: 'pending',
    source: 'person',
    requestedBy: account!.id,
  });

  const unit = DEMO_PENDING_UNIT;
  const [registered] = await insertOrganisations(tx, [
    {
      name: unit.name,
      kind: 'employer',
      creditCode: unit.creditCode,
      employerKind: 'private-enterprise',
      jurisdictionCode: '210303',
      departmentId: deps.orgIds.get(ORG_KEYS.anshanDepartment)!,
      status: 'pending',
      address: '辽宁省鞍山市铁西区鞍千路268号',
      contactName: unit.contactName,
      contactPhoneCipher: cipher.encrypt(unit.contactPhone),
      contactPhoneMasked: maskMobilePhone(unit.contactPhone),
    },
  ]);
  await insertUsers(tx, [
    {
      username: unit.username,
      displayName: unit.contactName,
      passwordHash: deps.passwordHash,
      roles: ['employer'],
      organisationId: registered!.id,
      jurisdictionCode: '210303',
      status: 'pending',
      phoneCipher: cipher.encrypt(unit.contactPhone),
      phoneHash: phoneLookupHash(cipher, unit.contactPhone),
      phoneMasked: maskMobilePhone(unit.contactPhone),
    },
  ]);
}
