import { Card, Descriptions, Tag } from 'antd';
import type { ApplicationDetail } from '../../api/applications';
import { ApplicationStateTag } from '../../components/application-state-tag';
import { formatDateTime } from '../../lib/time';
import { EligibleTag } from '../applications/application-columns';

/** Who applies for what, where the application stands, and which units and committee it passes through. */
export function ApplicationFacts({ detail }: { detail: ApplicationDetail }) {
  const publicity = [
    detail.unitPublicityEndsOn ? `单位公示至 ${detail.unitPublicityEndsOn}` : null,
    detail.dispatchPublicityEndsOn ? `派遣单位公示至 ${detail.dispatchPublicityEndsOn}` : null,
  ].filter(Boolean);
  return (
    <Card size="small" title="申报信息" style={{ marginBottom: 16 }} data-testid="application-facts">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'number', label: '申报编号', children: detail.number },
          {
            key: 'state',
            label: '办理状态',
            children: <ApplicationStateTag state={detail.state} name={detail.stateName} />,
          },
          { key: 'name', label: '申报人', children: detail.personName },
          { key: 'id', label: '身份证号', children: detail.idNumberMasked || '—' },
          { key: 'employer', label: '工作单位', children: detail.employerName },
          {
            key: 'dispatch',
            label: '劳务派遣单位',
            children: detail.dispatchAgencyName ?? '—（非劳务派遣人员）',
          },
          { key: 'department', label: '主管部门', children: detail.departmentName ?? '—' },
          { key: 'year', label: '申报年度', children: `${detail.year}年` },
          { key: 'series', label: '系列 / 层级', children: `${detail.seriesName} · ${detail.levelName}` },
          { key: 'title', label: '申报资格', children: detail.title },
          { key: 'pathway', label: '申报途径', children: detail.pathwayName },
          { key: 'eligible', label: '资格审查', children: <EligibleTag eligible={detail.eligible} /> },
          {
            key: 'committee',
            label: '评委会',
            children: detail.committee ? (
              <>
                {detail.committee.name}
                {detail.committee.entrusted ? (
                  <Tag color="purple" style={{ marginInlineStart: 8 }}>
                    委托评审
                  </Tag>
                ) : null}
              </>
            ) : (
              '尚未报送'
            ),
          },
          { key: 'publicity', label: '公示期', children: publicity.length > 0 ? publicity.join('；') : '—' },
          { key: 'submitted', label: '提交时间', children: formatDateTime(detail.submittedAt) },
          { key: 'updated', label: '更新时间', children: formatDateTime(detail.updatedAt) },
        ]}
      />
    </Card>
  );
}
