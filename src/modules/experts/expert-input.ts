import { z } from 'zod';
import { isLevel, isSeriesSlug } from '../../domain/catalogue';
import type { FieldProblem } from '../../domain/errors';
import { validateIdNumber } from '../../domain/identifiers/id-number';
import { findRegion } from '../../domain/regions';
import { expertTermProblems } from '../../domain/review/committee-rules';
import { calendarDateField, uuidField } from '../../http/field-schemas';

/**
 * An expert as the office registers them: the form's body, checked as it arrives; the import
 * reads each row into the same shape.
 */
export const expertBody = z.strictObject({
  name: z.string().trim().min(2).max(50),
  idNumber: z.string().trim().max(18).optional(),
  series: z.string(),
  level: z.string(),
  specialty: z.string().trim().min(1).max(50),
  unitOrganisationId: uuidField.nullable().optional(),
  unitName: z.string().trim().min(1).max(100),
  regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字'),
  privateSector: z.boolean(),
  termFrom: calendarDateField,
  termTo: calendarDateField,
  unitHistory: z
    .array(
      z.strictObject({
        unitId: uuidField,
        unitName: z.string().max(100),
        from: calendarDateField,
        to: calendarDateField.nullable(),
      }),
    )
    .optional(),
});

export type ExpertInput = z.output<typeof expertBody>;

/** The import template's column for each field, so row errors name what the user sees. */
export const COLUMN_OF: Record<string, string> = {
  name: '姓名',
  idNumber: '身份证号码',
  series: '系列',
  level: '层级',
  specialty: '专业',
  unitName: '工作单位',
  regionCode: '行政区划代码',
  termTo: '聘期结束',
};

/** Problems of one expert's data, by field (shared by the form and each import row). */
export function expertProblems(input: ExpertInput, today: string, maxTermYears: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.name.trim().length < 2) problems.push({ path: 'name', message: '请填写姓名' });
  if (input.idNumber) {
    const id = validateIdNumber(input.idNumber, today);
    if (!id.valid) problems.push({ path: 'idNumber', message: id.reason });
  }
  if (!isSeriesSlug(input.series)) problems.push({ path: 'series', message: '系列不在职称系列目录中' });
  if (!isLevel(input.level)) problems.push({ path: 'level', message: '层级不正确' });
  if (input.specialty.trim().length === 0) problems.push({ path: 'specialty', message: '请填写专业' });
  if (input.unitName.trim().length === 0) problems.push({ path: 'unitName', message: '请填写工作单位' });
  if (!findRegion(input.regionCode)) problems.push({ path: 'regionCode', message: '行政区划代码不存在' });
  for (const message of expertTermProblems(input.termFrom, input.termTo, maxTermYears))
    problems.push({ path: 'termTo', message });
  return problems;
}
