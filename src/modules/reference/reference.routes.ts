import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEVELS, levelName, levelOfPostGrade, listSeries, POST_GRADES } from '../../domain/catalogue';
import { childrenOf, listProvinces, type Region, type RegionLevel } from '../../domain/regions';
import { publicRoute, signedInRoute } from '../../http/access';
import { routesIn } from '../../http/route-options';

interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  children?: RegionNode[];
}

function regionNode(region: Region): RegionNode {
  const children = childrenOf(region.code);
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    ...(children.length ? { children: children.map(regionNode) } : {}),
  };
}

/** Built once: reference data does not change while the process runs. */
let regionTree: RegionNode[] | null = null;

/**
 * A region with its subregions. Registered under an id, so the OpenAPI document carries it as a
 * component and its recursive reference resolves there.
 */
const regionSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.enum(['province', 'city', 'county']),
    get children(): z.ZodOptional<z.ZodArray<typeof regionSchema>> {
      return z.array(regionSchema).optional();
    },
  })
  .meta({ id: 'Region' });

/** Reference data: regions (public), and for logged-in users the title-series catalogue and post grades. */
export function referenceRoutes(): FastifyPluginAsyncZod {
  return routesIn(['参考数据'], (app, route) => {
    app.get(
      '/api/v1/regions',
      // A published national standard, and the registration form needs it before any login.
      route(publicRoute, '行政区划（GB/T 2260）', {
        response: { 200: z.array(regionSchema) },
      }),
      async () => {
        regionTree ??= listProvinces().map(regionNode);
        return regionTree;
      },
    );

    app.get(
      '/api/v1/catalogue/series',
      route(signedInRoute, '职称系列目录（27个系列）', {
        response: {
          200: z.array(
            z
              .object({
                code: z.string(),
                slug: z.string(),
                name: z.string(),
                levels: z.array(
                  z
                    .object({
                      level: z.enum(LEVELS),
                      levelName: z.string(),
                      titles: z.array(z.string()),
                      byExam: z.boolean().describe('以考代评：该级职称通过全国统一考试取得'),
                    })
                    .meta({ id: 'SeriesLevel' }),
                ),
                lines: z.array(
                  z.object({ key: z.string(), name: z.string(), examLevels: z.array(z.enum(LEVELS)) }),
                ),
              })
              .meta({ id: 'Series' }),
          ),
        },
      }),
      async () =>
        listSeries().map((s) => ({
          code: s.code,
          slug: s.slug,
          name: s.name,
          levels: s.levels.map((l) => ({
            level: l.level,
            levelName: levelName(l.level),
            titles: [...l.titles],
            byExam: l.byExam,
          })),
          lines: s.lines.map((line) => ({
            key: line.key,
            name: line.name,
            examLevels: [...line.examLevels],
          })),
        })),
    );

    app.get(
      '/api/v1/catalogue/post-grades',
      route(signedInRoute, '事业单位专业技术岗位等级（1–13级）', {
        response: {
          200: z.array(
            z
              .object({ grade: z.number(), level: z.enum(LEVELS), levelName: z.string() })
              .meta({ id: 'PostGrade' }),
          ),
        },
      }),
      async () =>
        POST_GRADES.map((grade) => {
          const level = levelOfPostGrade(grade)!;
          return { grade, level, levelName: levelName(level) };
        }),
    );
  });
}
