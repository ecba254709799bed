import type { Actor } from '../../src/domain/access/actor';
import { TITLE_RECORD_COLUMNS, type TitleRecordColumn } from '../../src/domain/certificates/title-record';
import { createUser } from './factories';
import type { TestApp } from './test-app';

/** A title record as the import template's columns hold it. */
export type TitleRecord = Record<TitleRecordColumn, string>;

/** Tests of the historical title import say only what differs from this 高级工程师 of 2015. */
const SENIOR_ENGINEER_2015 = {
  系列: '工程技术',
  专业: '通信工程',
  层级: '副高级',
  职称名称: '高级工程师',
  评审机构: '辽宁省工程技术高级职称评审委员会',
  发文文号: '辽人社〔2015〕123号',
  取得资格日期: '2015-12-31',
  原证书编号: '',
};

/** The record of 王立新, holder of `idNumber`, as a 高级工程师 of 2015 unless `values` says otherwise. */
export function titleRecord(idNumber: string, values: Partial<TitleRecord> = {}): TitleRecord {
  return { 姓名: '王立新', 身份证号码: idNumber, ...SENIOR_ENGINEER_2015, ...values };
}

/** The cells of `titleRecord(idNumber, values)`, in the template's column order. */
export function titleRecordRow(idNumber: string, values: Partial<TitleRecord> = {}): string[] {
  const record = titleRecord(idNumber, values);
  return TITLE_RECORD_COLUMNS.map((column) => record[column]);
}

/** The city HR bureau of Anshan as the import service sees it: the actor of a new `hr` user. */
export async function anshanBureauActor(t: TestApp): Promise<Actor> {
  const user = await createUser(t.database.db, { roles: ['hr'], jurisdictionCode: '210300' });
  return {
    userId: user.id,
    roles: ['hr'],
    permissions: [],
    organisationId: null,
    jurisdictionCode: '210300',
  };
}

/**
 * The cells of 李明's record as a 工程师 in 机械工程 from Anshan's intermediate committee, issued on
 * `issuedOn`; its series is given by code (05), as older exports have it.
 */
export function intermediateEngineerRow(idNumber: string, issuedOn = '2010-12-31'): string[] {
  return titleRecordRow(idNumber, {
    姓名: '李明',
    系列: '05',
    专业: '机械工程',
    层级: '中级',
    职称名称: '工程师',
    评审机构: '鞍山市工程技术中级职称评审委员会',
    发文文号: '鞍人社〔2010〕8号',
    取得资格日期: issuedOn,
  });
}
