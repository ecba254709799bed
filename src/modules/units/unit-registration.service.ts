import type { OrganisationRecord } from '../../db/schema';
import { isUniqueViolation } from '../../db/unique-violation';
import { AppError, invalidInput } from '../../domain/errors';
import { maskMobilePhone } from '../../domain/identifiers';
import type { EmployerKind } from '../../domain/organisations/organisation-kinds';
import {
  departmentProblem,
  departmentRegions,
  type RegistrableUnitKind,
  UNIT_ADMIN_ROLE,
} from '../../domain/organisations/unit-registration';
import { findRegion } from '../../domain/regions';
import type { FieldCipher } from '../../platform/crypto';
import { hashPassword } from '../../platform/password';
import type { PhoneCodes } from '../account';
import { accountByPhoneHash, insertAccount, usernameTaken } from '../account';
import type { StateChangeDeps } from '../audit';
import { findOrganisation, findOrganisationByCreditCode } from '../organisations';
import { resolveDispatchTargets } from './dispatch-targets';
import * as repo from './units.repository';

export interface UnitRegistration {
  creditCode: string;
  name: string;
  kind: RegistrableUnitKind;
  employerKind?: EmployerKind | undefined;
  regionCode: string;
  address: string;
  contactName: string;
  /** A mainland mobile number, already normalised to 11 digits. */
  contactPhone: string;
  code: string;
  username: string;
  password: string;
  departmentId?: string | null | undefined;
  /** For a dispatch agency: the approved employers it sends staff to, by credit code or id. */
  dispatchesTo?: string[] | undefined;
}

/** What the public is told about a credit code already registered: never the holder's name. */
function creditCodeTaken(holder: OrganisationRecord): AppError {
  const message =
    holder.status === 'pending'
      ? '该统一社会信用代码的单位注册已提交，正在等待所在地人社部门审核，请勿重复提交。'
      : holder.status === 'returned'
        ? '该单位的注册已被退回。请使用原注册联系人的手机号获取验证码后重新提交；联系人已变更的，请联系所在地人社部门。'
        : '该统一社会信用代码已注册。如需使用本单位账号，请联系本单位的系统管理员找回账号，或联系所在地人社部门。';
  return new AppError('conflict', 'CREDIT_CODE_TAKEN', message, [
    { path: 'creditCode', message: '该统一社会信用代码已注册' },
  ]);
}

/**
 * 单位注册: an employer or dispatch agency registers itself with its 统一社会信用代码 and an
 * administrator account whose mobile number an SMS code proves. Unit and account wait
 * (`pending`) for the HR bureau of the unit's region; a dispatch agency's named relations wait
 * with it. A registration the bureau returned is corrected by registering again with the same
 * credit code and a code sent to the same contact phone: that replaces the returned one.
 */
export function createUnitRegistration(
  deps: StateChangeDeps & {
    cipher: FieldCipher;
    codes: PhoneCodes;
  },
) {
  const { db, clock, audit, cipher, codes } = deps;

  /** The returned registration this one corrects, when the phone is its contact's; else a refusal. */
  async function returnedRegistrationOf(holder: OrganisationRecord, phoneHash: string) {
    if (holder.status !== 'returned') throw creditCodeTaken(holder);
    const accounts = await repo.accountsOfUnit(db, holder.id);
    const account = accounts.find((a) => a.status === 'pending' && a.phoneHash === phoneHash);
    if (!account) throw creditCodeTaken(holder);
    return { unit: holder, account };
  }

  async function checkDepartment(departmentId: string | null | undefined, regionCode: string) {
    if (!departmentId) return;
    const problem = departmentProblem(await findOrganisation(db, departmentId), regionCode);
    if (problem)
      throw new AppError('unprocessable', 'DEPARTMENT_NOT_ACCEPTED', `主管部门：${problem}`, [
        { path: 'departmentId', message: problem },
      ]);
  }

  return {
    /** The approved competent departments a unit of `regionCode` may choose: its region's and those above. */
    async departments(regionCode: string) {
      const rows = await repo.approvedDepartmentsIn(db, departmentRegions(regionCode));
      return rows.map((d) => ({
        id: d.id,
        name: d.name,
        jurisdiction: {
          code: d.jurisdictionCode,
          name: findRegion(d.jurisdictionCode)?.name ?? d.jurisdictionCode,
        },
      }));
    },

    async register(input: UnitRegistration) {
      if (input.kind === 'employer' && !input.employerKind)
        throw invalidInput([{ path: 'employerKind', message: '用人单位须填写单位性质' }]);
      if (input.kind !== 'dispatch-agency' && (input.dispatchesTo?.length ?? 0) > 0)
        throw invalidInput([{ path: 'dispatchesTo', message: '仅劳务派遣单位填写派遣单位' }]);
      const phoneHash = codes.phoneHashOf(input.contactPhone);
      const holder = await findOrganisationByCreditCode(db, input.creditCode);
      const returned = holder ? await returnedRegistrationOf(holder, phoneHash) : undefined;
      await checkDepartment(input.departmentId, input.regionCode);
      const targets = await resolveDispatchTargets(db, input.dispatchesTo ?? []);
      const phoneHolder = await accountByPhoneHash(db, phoneHash);
      if (phoneHolder && phoneHolder.id !== returned?.account.id)
        throw new AppError(
          'conflict',
          'PHONE_TAKEN',
          '该手机号已绑定其他账号，请更换联系人手机号；如是本人账号，请通过“找回密码”找回',
          [{ path: 'contactPhone', message: '手机号已绑定其他账号' }],
        );
      if (input.username !== returned?.account.username && (await usernameTaken(db, input.username)))
        throw new AppError(
          'conflict',
          'USERNAME_TAKEN',
          `用户名「${input.username}」已被使用，请另选用户名`,
          [{ path: 'username', message: '用户名已被使用' }],
        );
      const ticket = await codes.check(input.contactPhone, 'register-unit', input.code);
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const unitValues = {
        name: input.name,
        kind: input.kind,
        creditCode: input.creditCode,
        employerKind: input.employerKind ?? null,
        jurisdictionCode: input.regionCode,
        departmentId: input.departmentId ?? null,
        status: 'pending',
        address: input.address,
        contactName: input.contactName,
        contactPhoneCipher: cipher.encrypt(input.contactPhone),
        contactPhoneMasked: maskMobilePhone(input.contactPhone),
      };
      const accountValues = {
        username: input.username,
        displayName: input.contactName,
        passwordHash,
        roles: [UNIT_ADMIN_ROLE[input.kind]],
        jurisdictionCode: input.regionCode,
        status: 'pending',
      };
      try {
        return await db.transaction(async (tx) => {
          await codes.spend(tx, ticket);
          let unitId: string;
          let accountId: string;
          if (returned) {
            const row = await repo.updateUnitIf(tx, returned.unit.id, 'returned', {
              ...unitValues,
              reviewedBy: null,
              reviewedAt: null,
              reviewNote: null,
              updatedAt: now,
            });
            if (!row) throw creditCodeTaken({ ...returned.unit, status: 'pending' });
            unitId = row.id;
            accountId = returned.account.id;
            await repo.updateAccount(tx, accountId, { ...accountValues, updatedAt: now });
            await repo.endDispatchRelations(tx, unitId, ['pending'], targets, { by: null, at: now });
          } else {
            unitId = (await repo.insertUnit(tx, unitValues)).id;
            accountId = (
              await insertAccount(tx, {
                ...accountValues,
                organisationId: unitId,
                phoneCipher: cipher.encrypt(input.contactPhone),
                phoneHash,
                phoneMasked: maskMobilePhone(input.contactPhone),
              })
            ).id;
          }
          await repo.putDispatchRelations(tx, unitId, targets, 'pending', null);
          await audit.record(tx, accountId, {
            action: returned ? 'unit.resubmitted' : 'unit.registered',
            entityType: 'organisation',
            entityId: unitId,
            data: {
              kind: input.kind,
              creditCode: input.creditCode,
              jurisdictionCode: input.regionCode,
              departmentId: input.departmentId ?? null,
              dispatchesTo: targets,
              username: input.username,
            },
          });
          return {
            organisationId: unitId,
            username: input.username,
            status: 'pending' as const,
            resubmitted: returned !== undefined,
          };
        });
      } catch (error) {
        // Two registrations racing for one credit code, login name or phone: the unique index decides.
        if (isUniqueViolation(error))
          throw new AppError(
            'conflict',
            'ALREADY_REGISTERED',
            '该统一社会信用代码、用户名或手机号刚刚已被注册，请核对后重试',
          );
        throw error;
      }
    },
  };
}

export type UnitRegistrationService = ReturnType<typeof createUnitRegistration>;
