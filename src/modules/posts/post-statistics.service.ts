import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { LEVELS, type Level, levelName, levelOfPostGrade, postGradeName } from '../../domain/catalogue';
import { invalidInput } from '../../domain/errors';
import { maskPersonName } from '../../domain/identifiers';
import { APPOINTMENT_KIND_NAMES, type AppointmentKind } from '../../domain/posts/appointment';
import { buildWorkbook, type ExcelColumn } from '../../platform/excel';
import { changesIn, type FigureSums, gradeFiguresOf, unitsWithPlan } from './post-monitoring.repository';
import type { MonitoringQuery, PostMonitoringService } from './post-monitoring.service';

type LevelFigures = Pick<FigureSums, 'quota' | 'occupied' | 'vacant'>;
interface StatisticsRow {
  unitName: string;
  jurisdictionCode: string;
  staffingQuota: number;
  professionalTotal: number;
  managementTotal: number;
  supportTotal: number;
  levels: Partial<Record<Level, LevelFigures>>;
  special: number;
  over: number;
}

const EVERY_UNIT = { limit: 1_000_000, offset: 0 };
const LEVEL_FIGURES: [keyof LevelFigures, string][] = [
  ['quota', '核定'],
  ['occupied', '已聘'],
  ['vacant', '空缺'],
];

const STATISTICS_COLUMNS: ExcelColumn<StatisticsRow>[] = [
  ...(
    [
      ['unitName', '单位名称', 36],
      ['jurisdictionCode', '行政区划代码', 12],
      ['staffingQuota', '编制数', 10],
      ['professionalTotal', '专业技术岗位', 12],
      ['managementTotal', '管理岗位', 10],
      ['supportTotal', '工勤技能岗位', 12],
    ] as const
  ).map(([key, header, width]): ExcelColumn<StatisticsRow> => ({ header, width, value: (r) => r[key] })),
  ...LEVELS.flatMap((level) =>
    LEVEL_FIGURES.map(
      ([field, name]): ExcelColumn<StatisticsRow> => ({
        header: `${levelName(level)}${name}`,
        width: 10,
        value: (r) => r.levels[level]?.[field] ?? 0,
      }),
    ),
  ),
  { header: '特设岗位', width: 10, value: (r) => r.special },
  { header: '超岗', width: 8, value: (r) => r.over },
];

/**
 * The two workbooks of the monitoring: 岗位设置情况统计表 (a row per unit with a plan in force —
 * 编制, the plan's totals per category, per level quota / occupied / vacant, special, over — and
 * a total row for the region) and 岗位变动表 (the appointments that took effect in a period).
 * Both read the monitoring's own figures and scope, so the file says what the page says.
 */
export function createPostStatistics(deps: { db: Db; monitoring: PostMonitoringService }) {
  const { db, monitoring } = deps;
  return {
    async statisticsXlsx(actor: Actor, query: MonitoringQuery) {
      const { units, region, source } = await monitoring.scope(actor, { ...query, level: undefined });
      const [plans, grades] = await Promise.all([
        unitsWithPlan(db, source, units, EVERY_UNIT),
        gradeFiguresOf(db, source, units, 'all'),
      ]);
      const rows = new Map<string, StatisticsRow>(
        plans.map((p) => [p.unitId, { ...p, levels: {}, special: 0, over: 0 }]),
      );
      for (const g of grades) {
        const row = rows.get(g.unitId);
        const level = levelOfPostGrade(g.grade);
        if (!row || !level) continue;
        const held = row.levels[level] ?? { quota: 0, occupied: 0, vacant: 0 };
        row.levels[level] = {
          quota: held.quota + g.quota,
          occupied: held.occupied + g.occupied,
          vacant: held.vacant + g.vacant,
        };
        row.special += g.special;
        row.over += g.over;
      }
      const total: StatisticsRow = {
        unitName: `${region.name}合计（${rows.size}个单位）`,
        jurisdictionCode: region.code,
        staffingQuota: 0,
        professionalTotal: 0,
        managementTotal: 0,
        supportTotal: 0,
        levels: {},
        special: 0,
        over: 0,
      };
      for (const row of rows.values()) {
        for (const key of ['staffingQuota', 'professionalTotal', 'managementTotal', 'supportTotal'] as const)
          total[key] += row[key];
        total.special += row.special;
        total.over += row.over;
        for (const [level, figures] of Object.entries(row.levels) as [Level, LevelFigures][]) {
          const held = total.levels[level] ?? { quota: 0, occupied: 0, vacant: 0 };
          total.levels[level] = {
            quota: held.quota + figures.quota,
            occupied: held.occupied + figures.occupied,
            vacant: held.vacant + figures.vacant,
          };
        }
      }
      return buildWorkbook('岗位设置情况统计表', STATISTICS_COLUMNS, [...rows.values(), total]);
    },

    async changesXlsx(actor: Actor, query: { regionCode?: string | undefined; from: string; to: string }) {
      if (query.from > query.to) throw invalidInput([{ path: 'to', message: '期间末日不能早于首日' }]);
      const { units } = await monitoring.scope(actor, { regionCode: query.regionCode });
      const rows = await changesIn(db, units, query.from, query.to);
      const grade = (g: number | null) => (g === null ? '' : postGradeName(g));
      return buildWorkbook(
        '岗位变动表',
        [
          { header: '姓名', width: 10, value: (r) => maskPersonName(r.personName) },
          { header: '单位名称', width: 36, value: (r) => r.unitName },
          {
            header: '变动类型',
            width: 20,
            value: (r) => APPOINTMENT_KIND_NAMES[r.kind as AppointmentKind] ?? r.kind,
          },
          { header: '原岗位等级', width: 16, value: (r) => grade(r.fromGrade) },
          { header: '现岗位等级', width: 16, value: (r) => (r.kind === 'ending' ? '' : grade(r.grade)) },
          { header: '起始日期', width: 12, value: (r) => r.startDate },
          { header: '终止日期', width: 12, value: (r) => (r.kind === 'ending' ? '' : (r.endDate ?? '')) },
          { header: '备案文号', width: 24, value: (r) => r.approvalDocument ?? '' },
        ] satisfies ExcelColumn<(typeof rows)[number]>[],
        rows,
      );
    },
  };
}

export type PostStatisticsService = ReturnType<typeof createPostStatistics>;
