import { z } from 'zod';
import { EMPLOYMENT_RELATIONS } from '../../domain/accounts/employment-relation';
import { codesOf } from '../../domain/code-labels';
import { EMPLOYER_KINDS } from '../../domain/organisations/organisation-kinds';
import { storedEnum } from '../../http/field-schemas';
import type { DescribesAll } from '../../http/response-shape';
import { applicantSchema } from '../eligibility';
import type { ProfileService } from './profile.service';
import { titleVerificationSchema } from './title-verification.schema';

/**
 * The applicant as the profile holds it: everything they last saved, or — before they saved
 * anything — what the system knows (birth date, titles on record). Written with the fields of
 * the schema that checks what they save, so the answer reads back as the form sent it; each
 * field may be absent, and none has the request's default (an answer leaves out what it lacks).
 */
const storedApplicant = z
  .object(
    Object.fromEntries(
      Object.entries(applicantSchema.shape).map(([key, field]) => [
        key,
        (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
      ]),
    ),
  )
  .meta({
    id: 'ApplicantProfile',
    description: '申报人档案中的申报人信息（CONTRACTS §1 的 applicant，未保存过的只有出生日期和职称）',
  }) as unknown as ReturnType<typeof applicantSchema.partial>;

/** The professional's own profile (申报人档案) with how each declared title stands against the records. */
export const profileSchema = z
  .object({
    name: z.string(),
    organisation: z.string().nullable(),
    currentEmployer: z
      .object({
        name: z.string(),
        employerKind: storedEnum(codesOf(EMPLOYER_KINDS)).nullable(),
        since: z.string().nullable().describe('单位确认的入职日期（绑定起始日）'),
        relation: z.enum(codesOf(EMPLOYMENT_RELATIONS)).nullable().describe('单位确认的用工形式'),
      })
      .nullable(),
    jurisdictionCode: z.string(),
    applicant: storedApplicant,
    verification: titleVerificationSchema,
    updatedAt: z.string().nullable().describe('最后保存时间；从未保存过为 null'),
  })
  .meta({ id: 'Profile' });

true satisfies DescribesAll<typeof profileSchema, Awaited<ReturnType<ProfileService['get']>>>;
