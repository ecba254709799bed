import { Card, Col, Row, Statistic, theme } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { CertificateStatus, LedgerPage } from '../../api/certificates';
import { EChart } from '../../components/echart';
import { certificateStatusNames } from './certificate-labels';

const order: CertificateStatus[] = ['valid', 'revoked', 'voided'];

/** The donut's colours, the same as the status tags'. */
const colours: Record<CertificateStatus, string> = {
  valid: '#52c41a',
  revoked: '#ff4d4f',
  voided: '#bfbfbf',
};

interface Props {
  counts: LedgerPage['counts'] | undefined;
  /** The status filter now applied; its card is outlined. */
  status: string | undefined;
  /** Clicking a card filters the table by that status; clicking it again clears the filter. */
  onStatus: (status: CertificateStatus | undefined) => void;
}

/**
 * The ledger's summary under the current filters (all statuses): one card per status, which also
 * filters the table, and a donut of the same counts.
 */
export function LedgerSummary({ counts, status, onStatus }: Props) {
  const { token } = theme.useToken();
  const values = countsOf(counts);
  const total = values.reduce((sum, { value }) => sum + value, 0);
  const option = useMemo(() => donutOption(countsOf(counts)), [counts]);

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="ledger-summary">
      <Col xs={24} xl={16}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title="证书合计" value={total} suffix="本" loading={!counts} />
            </Card>
          </Col>
          {values.map(({ key, value }) => (
            <Col xs={12} md={6} key={key}>
              <Card
                size="small"
                hoverable
                onClick={() => onStatus(status === key ? undefined : key)}
                style={status === key ? { borderColor: token.colorPrimary } : undefined}
                data-testid={`ledger-count-${key}`}
              >
                <Statistic
                  title={certificateStatusNames[key]}
                  value={value}
                  suffix="本"
                  loading={!counts}
                  styles={{ content: { color: key === 'voided' ? token.colorTextSecondary : colours[key] } }}
                />
              </Card>
            </Col>
          ))}
        </Row>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" styles={{ body: { padding: '4px 8px' } }}>
          <EChart option={option} height={78} ariaLabel="证书状态分布环形图" />
        </Card>
      </Col>
    </Row>
  );
}

function countsOf(counts: LedgerPage['counts'] | undefined) {
  return order.map((key) => ({ key, value: counts?.[key] ?? 0 }));
}

function donutOption(values: { key: CertificateStatus; value: number }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 本（{d}%）' },
    legend: { orient: 'vertical', right: 8, top: 'middle', itemWidth: 12, itemHeight: 12 },
    series: [
      {
        type: 'pie',
        name: '证书状态',
        radius: ['55%', '85%'],
        center: ['30%', '50%'],
        label: { show: false },
        data: values.map(({ key, value }) => ({
          name: certificateStatusNames[key],
          value,
          itemStyle: { color: colours[key] },
        })),
      },
    ],
  };
}
