import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { findSeries } from '../../../../src/domain/catalogue/series';
import type { BlindRecord as RecordData } from '../../api/expert-portal';
import { employerKindNames, levelNames, nameOf } from '../../lib/labels';
import {
  achievementKindNames,
  appraisalNames,
  degreeNames,
  titleViaNames,
  workAreaNames,
} from '../../lib/policy-labels';

/** One line per entry, or a dash for none. */
function lines(entries: readonly ReactNode[]): ReactNode {
  if (entries.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <div>
      {entries.map((entry, index) => (
        // Entries are positional and never reordered while shown.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <div key={index}>{entry}</div>
      ))}
    </div>
  );
}

const period = (from: string, to: string | null) => `${from} 至 ${to ?? '今'}`;

/**
 * The applicant's professional record as the blind review shows it: education, titles, work,
 * appraisals, continuing education and achievements — no name, unit, ID or birth date.
 */
export function BlindRecord({ record }: { record: RecordData }) {
  return (
    <Descriptions
      size="small"
      column={1}
      layout="vertical"
      colon={false}
      styles={{ label: { fontWeight: 600 } }}
      data-testid="blind-record"
    >
      <Descriptions.Item label="学历">
        {lines(
          record.education.map(
            (e) =>
              `${nameOf(degreeNames, e.degree)} · ${e.major}${e.fullTime ? '' : '（非全日制）'} · ${e.graduatedOn} 毕业`,
          ),
        )}
      </Descriptions.Item>
      <Descriptions.Item label="现有职称">
        {lines(
          record.titles.map(
            (t) =>
              `${findSeries(t.series)?.name ?? t.series} ${nameOf(levelNames, t.level)} · ${t.obtainedOn} 取得（${nameOf(titleViaNames, t.via)}）`,
          ),
        )}
      </Descriptions.Item>
      {record.practicedSpecialty ? (
        <Descriptions.Item label="从事专业">
          {record.practicedSpecialty.specialty}（{record.practicedSpecialty.since} 起）
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label="工作经历">
        {lines(
          record.work.map(
            (w) =>
              `${period(w.from, w.to)} · ${nameOf(employerKindNames, w.employerKind)} · ${nameOf(workAreaNames, w.area)}${w.frontline ? ' · 一线' : ''}`,
          ),
        )}
      </Descriptions.Item>
      <Descriptions.Item label="年度考核">
        {lines(
          [...record.annualAppraisals]
            .sort((a, b) => b.year - a.year)
            .map((a) => `${a.year}年 ${nameOf(appraisalNames, a.result)}`),
        )}
      </Descriptions.Item>
      <Descriptions.Item label="继续教育">
        {lines(
          [...record.continuingEducation]
            .sort((a, b) => b.year - a.year)
            .map((c) => `${c.year}年 ${c.hours} 学时（专业科目 ${c.professionalHours}）`),
        )}
      </Descriptions.Item>
      <Descriptions.Item label="业绩成果">
        {lines(record.achievements.map((a) => `${nameOf(achievementKindNames, a.kind)} · ${a.on}`))}
      </Descriptions.Item>
    </Descriptions>
  );
}
