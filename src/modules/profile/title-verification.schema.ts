import { z } from 'zod';
import { LEVELS } from '../../domain/catalogue/levels';
import { TITLE_VIAS } from '../../domain/policy';
import { TITLE_RECORD_SOURCES } from '../../domain/profile/title-records';
import type { TitleVerificationView } from '../../domain/profile/title-verification';
import type { DescribesAll } from '../../http/response-shape';

const titleRecord = z
  .object({
    id: z.string(),
    source: z
      .enum(TITLE_RECORD_SOURCES)
      .describe('certificate 证书台账（本系统评审后签发）| import 历史导入 | title-record 职称档案记录'),
    series: z.string(),
    level: z.enum(LEVELS),
    specialty: z.string(),
    obtainedOn: z.string(),
    via: z.enum(TITLE_VIAS).nullable().describe('取得方式；证书台账不记载时为 null'),
    certificateNumber: z.string().nullable(),
  })
  .meta({ id: 'TitleRecord', description: '系统中的一条职称记录（证书台账、历史导入或职称档案）' });

/**
 * Which declared titles the system's records back (已核验) and which are only declared
 * (本人申报): the same shape on the profile and on an application's detail.
 */
export const titleVerificationSchema = z
  .object({
    titles: z.array(
      z.object({
        index: z.number().int().describe('在 applicant.titles 中的位置'),
        verified: z.boolean(),
        source: z.enum([...TITLE_RECORD_SOURCES, 'declared']),
        recordId: z.string().optional(),
        certificateNumber: z.string().optional(),
        revoked: z
          .object({ certificateNumber: z.string(), revokedOn: z.string().nullable() })
          .optional()
          .describe('所申报职称的证书已被撤销'),
      }),
    ),
    unclaimedRecords: z.array(titleRecord).describe('系统中有记录、本人尚未填报的职称'),
    records: z.array(titleRecord).describe('系统中该人员的全部职称记录（同一职称的证书与档案记录合为一条）'),
    revoked: z.array(
      z.object({
        certificateId: z.string(),
        certificateNumber: z.string(),
        series: z.string(),
        level: z.enum(LEVELS),
        obtainedOn: z.string(),
        revokedOn: z.string().nullable(),
      }),
    ),
  })
  .meta({
    id: 'TitleVerification',
    description:
      '职称核验：同系列、同层级、取得日期完全一致（档案记载取得方式的，取得方式也须一致）即为已核验',
  });

true satisfies DescribesAll<typeof titleVerificationSchema, TitleVerificationView>;
