import { conflictOnUniqueViolation } from '../../db/unique-violation';
import { todayInShanghai } from '../../domain/calendar/calendar-date';
import { AppError, invalidInput } from '../../domain/errors';
import { maskIdNumber, maskMobilePhone, validateIdNumber } from '../../domain/identifiers';
import type { FieldCipher } from '../../platform/crypto';
import { hashPassword } from '../../platform/password';
import type { StateChangeDeps } from '../audit';
import { accountByPhoneHash } from './account.repository';
import type { PhoneCodes } from './phone-codes.service';
import * as repo from './registration.repository';

export interface Registration {
  name: string;
  idNumber: string;
  /** A mainland mobile number, already normalised to 11 digits. */
  phone: string;
  code: string;
  password: string;
  /** Where the person works (行政区划): scopes who may see the person before an employer binds them. */
  regionCode: string;
  /** The login name; the mobile number when not given. */
  username?: string;
}

/** What a person is told when their ID number already has an account — nothing about that account. */
const ALREADY_REGISTERED =
  '该身份证号码已注册账号。如忘记用户名或密码，请通过“找回密码”使用注册时的手机号找回；手机号已停用的，请持身份证件到所在单位或当地人社部门办理。';

/**
 * 实名注册: a professional opens their own account with real name, ID number and a mobile
 * number proved by an SMS code. The account is linked to exactly one person, found by the
 * keyed ID hash — a person already known (imported titles, a unit's bulk registration) is
 * claimed, never duplicated.
 */
export function createRegistration(
  deps: StateChangeDeps & {
    cipher: FieldCipher;
    codes: PhoneCodes;
  },
) {
  const { db, clock, audit, cipher, codes } = deps;
  return {
    async register(input: Registration) {
      const today = todayInShanghai(clock.now());
      const id = validateIdNumber(input.idNumber.toUpperCase(), today);
      if (!id.valid) throw invalidInput([{ path: 'idNumber', message: id.reason }]);
      const idNumber = input.idNumber.toUpperCase();
      const idNumberHash = cipher.lookupHash(idNumber);
      const username = input.username ?? input.phone;
      const known = await repo.personByIdHash(db, idNumberHash);
      if (known && (await repo.accountOfPerson(db, known.id)))
        throw new AppError('conflict', 'ID_ALREADY_REGISTERED', ALREADY_REGISTERED, [
          { path: 'idNumber', message: '该身份证号码已注册账号' },
        ]);
      if (known && known.name !== input.name.trim())
        throw new AppError('unprocessable', 'NAME_MISMATCH', '姓名与该身份证号码登记的姓名不一致，请核对', [
          { path: 'name', message: '与登记的姓名不一致' },
        ]);
      const phoneHash = codes.phoneHashOf(input.phone);
      if (await accountByPhoneHash(db, phoneHash))
        throw new AppError(
          'conflict',
          'PHONE_TAKEN',
          '该手机号已绑定其他账号，请更换手机号或通过“找回密码”找回账号',
          [{ path: 'phone', message: '手机号已绑定其他账号' }],
        );
      if (await repo.usernameTaken(db, username))
        throw new AppError('conflict', 'USERNAME_TAKEN', `用户名「${username}」已被使用，请另选用户名`, [
          { path: 'username', message: '用户名已被使用' },
        ]);
      const ticket = await codes.check(input.phone, 'register', input.code);
      const passwordHash = await hashPassword(input.password);
      return conflictOnUniqueViolation(
        () =>
          db.transaction(async (tx) => {
            await codes.spend(tx, ticket);
            const person =
              known ??
              (await repo.insertPerson(tx, {
                name: input.name.trim(),
                gender: id.gender,
                birthDate: id.birthDate,
                idNumberCipher: cipher.encrypt(idNumber),
                idNumberHash,
                idNumberMasked: maskIdNumber(idNumber),
                jurisdictionCode: input.regionCode,
              }));
            const account = await repo.insertAccount(tx, {
              username,
              displayName: person.name,
              passwordHash,
              roles: ['applicant'],
              personId: person.id,
              jurisdictionCode: person.jurisdictionCode,
              phoneCipher: cipher.encrypt(input.phone),
              phoneHash,
              phoneMasked: maskMobilePhone(input.phone),
            });
            await audit.record(tx, account.id, {
              action: 'account.registered',
              entityType: 'user',
              entityId: account.id,
              data: { personId: person.id, claimedExistingPerson: known !== undefined, username },
            });
            return { userId: account.id, username, claimedExistingPerson: known !== undefined };
          }),
        // Two registrations racing for one ID number, name or phone: the unique index decides.
        () =>
          new AppError(
            'conflict',
            'ALREADY_REGISTERED',
            '该身份证号码、用户名或手机号刚刚已被注册，请核对后重试',
          ),
      );
    },
  };
}

export type RegistrationService = ReturnType<typeof createRegistration>;
