import { z } from 'zod';
import { isSeriesSlug, LEVELS } from '../../domain/catalogue';
import { ACHIEVEMENT_KINDS, PATHWAYS } from '../../domain/policy';
import { calendarDateField } from '../../http/field-schemas';
import { POLICY_SETS } from '../../policies';

export const levelField = z.enum(LEVELS);
const level = levelField;
export const seriesField = z
  .string()
  .refine(isSeriesSlug, '不是职称系列目录中的系列（如 engineering、health）');
const series = seriesField;
const date = calendarDateField;
const optionalDate = date.nullable().default(null);

const education = z.strictObject({
  degree: z.enum(['doctorate', 'master', 'second-bachelor', 'bachelor', 'associate', 'secondary', 'none']),
  fullTime: z.boolean().default(true),
  vocational: z.boolean().default(false),
  major: z.string().max(100).nullable().default(null),
  graduatedOn: optionalDate,
});

const work = z.strictObject({
  from: date,
  to: optionalDate,
  employerKind: z.enum([
    'public-institution',
    'state-enterprise',
    'private-enterprise',
    'government',
    'military',
    'other',
  ]),
  area: z.enum(['city', 'county', 'township', 'village']).default('city'),
  frontline: z.boolean().default(true),
  relation: z.enum(['staff', 'contract', 'dispatch']).default('staff'),
  teaching: z.boolean().default(false),
  appointmentMode: z.enum(['separated', 'combined']).optional(),
});

const statuses = z.strictObject({
  returnee: z.boolean().default(false),
  partyGovTransfer: z.boolean().default(false),
  militaryTransfer: z.boolean().default(false),
  oneStepUsed: z.boolean().default(false),
  countyServiceContractYears: z.number().min(0).max(60).default(0),
  covidFrontline: z
    .strictObject({ contact: z.boolean().default(false), outstanding: z.boolean().default(false) })
    .nullable()
    .default(null),
  talentCategory: z.enum(['A', 'B', 'C', 'D', 'E']).nullable().default(null),
});

/**
 * The applicant of CONTRACTS §1. Unknown fields are rejected so that a typo never passes
 * silently; omitted optional facts take the neutral default (nothing held, nothing done).
 */
export const applicantSchema = z
  .strictObject({
    birthDate: date,
    retired: z.boolean().default(false),
    residence: z
      .enum(['mainland', 'hk', 'mo', 'tw', 'foreign-permanent', 'foreign-talent-permit', 'foreign-other'])
      .default('mainland'),
    education: z.array(education).max(20).default([]),
    titles: z
      .array(
        z.strictObject({
          series,
          level,
          obtainedOn: date,
          via: z.enum(['review', 'exam', 'recognition', 'qualification']).default('review'),
        }),
      )
      .max(30)
      .default([]),
    practicedSpecialty: z
      .strictObject({ specialty: z.string().max(100), since: date })
      .nullable()
      .default(null),
    work: z.array(work).max(50).default([]),
    posts: z
      .array(z.strictObject({ grade: z.number().int().min(1).max(13), from: date, to: optionalDate }))
      .max(30)
      .default([]),
    annualAppraisals: z
      .array(
        z.strictObject({
          year: z.number().int().min(1950).max(2100),
          result: z.enum(['excellent', 'competent', 'basically-competent', 'incompetent']),
        }),
      )
      .max(80)
      .default([]),
    continuingEducation: z
      .array(
        z.strictObject({
          year: z.number().int().min(1950).max(2100),
          hours: z.number().min(0).max(10000),
          professionalHours: z.number().min(0).max(10000),
        }),
      )
      .max(80)
      .default([]),
    recommendations: z
      .array(z.strictObject({ byLevel: level, sameOrCloseSpecialty: z.boolean().default(true) }))
      .max(20)
      .default([]),
    achievements: z
      .array(
        z.strictObject({
          kind: z.enum(ACHIEVEMENT_KINDS),
          on: optionalDate,
          level: z
            .enum(['senior-worker', 'technician', 'senior-technician', 'principal-technician'])
            .optional(),
          name: z.string().max(100).optional(),
          recommender: z.string().trim().min(1).max(100).optional(),
          award: z.string().trim().min(1).max(100).optional(),
          sameOrCloseSpecialty: z.boolean().optional(),
        }),
      )
      .max(50)
      .default([]),
    statuses: statuses.default(statuses.parse({})),
    integrity: z.strictObject({ bannedUntil: optionalDate }).default({ bannedUntil: null }),
    applicationsThisYear: z.array(z.strictObject({ series, level })).max(10).default([]),
    socialInsurance: z
      .strictObject({ monthsWithCurrentEmployer: z.number().int().min(0).max(1200) })
      .nullable()
      .default(null),
  })
  // Named: the self-check and the profile form send the same applicant (one type in the web client).
  .meta({ id: 'Applicant' });

export const eligibilityRequestSchema = z.strictObject({
  policy: z
    .string()
    .refine(
      (p) => (POLICY_SETS as readonly string[]).includes(p),
      `应为以下政策集之一：${POLICY_SETS.join('、')}`,
    ),
  asOf: date,
  target: z.strictObject({ series, level, specialty: z.string().max(100).nullable().default(null) }),
  pathway: z.enum(PATHWAYS).nullable().default(null),
  applicant: applicantSchema,
});

export type EligibilityRequestInput = z.input<typeof eligibilityRequestSchema>;
