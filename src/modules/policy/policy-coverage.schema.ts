import { z } from 'zod';
import { COVERAGE_STATUSES } from '../../domain/policy/coverage';
import { countsOf } from '../../http/field-schemas';

const provision = z
  .object({
    summary: z.string().describe('条款中一项规定的中文摘要'),
    status: z.enum(COVERAGE_STATUSES),
    rules: z.array(z.string()).describe('已编码时：规则库中的规则编号；其余为空'),
    where: z
      .object({ file: z.string(), symbol: z.string() })
      .nullable()
      .describe('其他模块执行时：仓库内文件路径和导出的函数或常量名'),
    issue: z.number().int().nullable().describe('待建设时：所属议题编号'),
    why: z.string().nullable().describe('非系统规则或待建设的原因，其他状态可附说明'),
  })
  .meta({ id: 'CoverageProvision' });

/** GET /api/v1/policies/:id/coverage: every clause of the seed document with its provisions. */
export const policyCoverageSchema = z
  .object({
    policy: z.string(),
    name: z.string(),
    status: z.enum(['in-force', 'draft']),
    clauses: z.array(
      z
        .object({
          clause: z.string().describe('条款编号，与引用写法一致，如 “七”“14”“一(四)1”；“结语”为文末兜底条款'),
          heading: z.string(),
          provisions: z.array(provision),
        })
        .meta({ id: 'CoverageClause' }),
    ),
    summary: countsOf('encoded', 'elsewhere', 'planned', 'not-a-rule', 'clauses', 'provisions'),
    problems: z
      .array(z.object({ clause: z.string(), provision: z.number().int().nullable(), message: z.string() }))
      .describe('覆盖表自检发现的问题；为空表示无问题'),
  })
  .meta({ id: 'PolicyCoverage' });
