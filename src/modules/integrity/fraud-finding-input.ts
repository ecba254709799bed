import { z } from 'zod';
import { parseCertificateNumber } from '../../domain/certificates';
import type { FieldProblem } from '../../domain/errors';
import { validateIdNumber } from '../../domain/identifiers';
import { findRegion, isWithinRegion } from '../../domain/regions';
import { calendarDateField, regionCodeField } from '../../http/field-schemas';

/** A fraud finding (弄虚作假认定) as the HR bureau enters it. */
export const fraudFindingBody = z.strictObject({
  personName: z.string().trim().min(2).max(50),
  idNumber: z.string().trim().max(18),
  regionCode: regionCodeField,
  decisionNumber: z.string().trim().min(4, '请填写认定决定文号').max(60),
  decidedOn: calendarDateField,
  facts: z.string().trim().min(10, '请写明弄虚作假的事实（不少于10个字）').max(4000),
  // What the finding rests on, e.g. 核查报告、证明材料.
  evidence: z.string().trim().min(2, '请写明认定所依据的证据材料').max(2000),
  // The titles obtained by fraud, to be revoked; may be empty (fraud found before any title).
  certificateNumbers: z.array(z.string().trim().max(30)).max(20),
});

export type FraudFindingInput = z.output<typeof fraudFindingBody>;

/**
 * Problems with the finding's own fields (400): the ID number, a known region, a decision not
 * dated in the future, and certificate numbers that are well-formed and not repeated. Returns
 * the normalised certificate numbers alongside, in the order given.
 */
export function findingInputProblems(
  input: FraudFindingInput,
  today: string,
): { problems: FieldProblem[]; numbers: string[] } {
  const problems: FieldProblem[] = [];
  const id = validateIdNumber(input.idNumber, today);
  if (!id.valid) problems.push({ path: 'idNumber', message: id.reason });
  if (!findRegion(input.regionCode)) problems.push({ path: 'regionCode', message: '行政区划代码不存在' });
  if (input.decidedOn > today)
    problems.push({ path: 'decidedOn', message: `认定日期不能晚于今天（${today}）` });
  const numbers: string[] = [];
  input.certificateNumbers.forEach((text, i) => {
    const parsed = parseCertificateNumber(text);
    if (!parsed.valid) problems.push({ path: `certificateNumbers.${i}`, message: parsed.reason });
    else if (numbers.includes(parsed.number))
      problems.push({ path: `certificateNumbers.${i}`, message: `证书编号${parsed.number}重复填写` });
    numbers.push(parsed.valid ? parsed.number : text);
  });
  return { problems, numbers };
}

/** What the ledger says about one certificate named in a finding. */
export interface LedgerEntry {
  number: string;
  status: string;
  holderIdHash: string;
  regionCode: string;
  revokedOn: string | null;
}

/**
 * Why a named certificate cannot be revoked by this finding (422), one problem per number:
 * not in the ledger, already revoked or voided (a title is never revoked twice), held by
 * someone else, or kept by a ledger outside the bureau's jurisdiction. [] = all can be.
 */
export function certificateProblems(
  numbers: readonly string[],
  ledger: readonly LedgerEntry[],
  personIdHash: string,
  jurisdictionCode: string,
): FieldProblem[] {
  const byNumber = new Map(ledger.map((c) => [c.number, c]));
  const problems: FieldProblem[] = [];
  numbers.forEach((number, i) => {
    const path = `certificateNumbers.${i}`;
    const entry = byNumber.get(number);
    if (!entry) problems.push({ path, message: `证书${number}不在证书台账中` });
    else if (entry.holderIdHash !== personIdHash)
      problems.push({ path, message: `证书${number}的持证人不是被认定人员（身份证号码不符）` });
    else if (entry.status === 'revoked')
      problems.push({ path, message: `证书${number}已于${entry.revokedOn ?? ''}撤销，不能重复撤销` });
    else if (entry.status !== 'valid')
      problems.push({ path, message: `证书${number}已作废（已补换新证），请填写现行有效的证书编号` });
    else if (!isWithinRegion(entry.regionCode, jurisdictionCode))
      problems.push({ path, message: `证书${number}不属本辖区证书台账，须由其发证地人社部门撤销` });
  });
  return problems;
}
