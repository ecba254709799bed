import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { codesOf } from '../../domain/code-labels';
import { EMPLOYER_KINDS, ORGANISATION_KINDS } from '../../domain/organisations/organisation-kinds';
import { requiresPermission, signedInRoute } from '../../http/access';
import { creditCodeField, regionCodeField } from '../../http/field-schemas';
import { sortQuery } from '../../http/list-query';
import { registerRoutes } from '../../http/register-routes';
import { routesIn } from '../../http/route-options';
import { organisationSchema, unitStatusFilter } from './organisation-schemas';
import type { OrganisationsService } from './organisations.service';

const organisation = organisationSchema;

const filters = {
  q: z.string().max(50).optional(),
  kind: z.enum(codesOf(ORGANISATION_KINDS)).optional(),
  status: unitStatusFilter.optional(),
  jurisdiction: z
    .string()
    .regex(/^\d{2,6}$/, '应为行政区划代码或其前缀')
    .optional(),
  sort: sortQuery(['name', 'createdAt'], 'name'),
};

const input = z.strictObject({
  name: z.string().trim().min(2).max(100),
  kind: z.enum(codesOf(ORGANISATION_KINDS)),
  creditCode: creditCodeField,
  employerKind: z.enum(codesOf(EMPLOYER_KINDS)).nullable().optional(),
  jurisdictionCode: regionCodeField,
});

/** A jurisdiction filter matches the region and everything below it (210300 → 2103…). */
function jurisdictionPrefix(code: string | undefined): string | undefined {
  return code?.replace(/(00)+$/, '');
}

const manage = requiresPermission('organisations.manage');

export function organisationsRoutes(service: OrganisationsService): FastifyPluginAsyncZod {
  return routesIn(['机构'], (app, route) => {
    app.get(
      '/api/v1/dispatch-agencies',
      route(signedInRoute, '劳务派遣单位名录（申报时选择）', {
        response: {
          200: z.array(
            z
              .object({ id: z.string(), name: z.string(), jurisdictionCode: z.string() })
              .meta({ id: 'DispatchAgency' }),
          ),
        },
      }),
      () => service.dispatchAgencies(),
    );

    registerRoutes(app, {
      path: '/api/v1/organisations',
      config: manage,
      tags: ['机构'],
      filters,
      item: organisation,
      summaries: { list: '机构列表（筛选、排序、分页）', export: '导出机构一览表（Excel）' },
      workbook: { description: '机构一览表', fileName: '机构一览表.xlsx' },
      list: (actor, { jurisdiction, ...rest }) =>
        service.list(actor, { ...rest, jurisdictionPrefix: jurisdictionPrefix(jurisdiction) }),
      exportXlsx: (actor, { jurisdiction, ...rest }) =>
        service.exportXlsx(actor, { ...rest, jurisdictionPrefix: jurisdictionPrefix(jurisdiction) }),
      detail: { summary: '机构详情', get: (actor, id) => service.get(actor, id) },
      create: { summary: '新建机构', body: input, create: (actor, body) => service.create(actor, body) },
      update: {
        summary: '修改机构',
        body: input.partial(),
        update: (actor, id, body) => service.update(actor, id, body),
      },
    });
  });
}
