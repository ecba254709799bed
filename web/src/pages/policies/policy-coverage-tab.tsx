import {
  Alert,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  Row,
  Select,
  Statistic,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { COVERAGE_STATUS_NAMES, COVERAGE_STATUSES } from '../../../../src/domain/policy/coverage';
import { errorMessage } from '../../api/client';
import { type CoverageProvision, type CoverageStatus, fetchPolicyCoverage } from '../../api/policies';
import { WholeTable } from '../../components/whole-table';
import { useRequest } from '../../lib/use-request';

/** The sets that have a seed document; the national layer has none, so no coverage map. */
const SEED_SETS = ['anshan-2023', 'liaoyang-2023', 'liaoning-city-2025-draft', 'jilin-2022'];

const STATUS_COLORS: Record<CoverageStatus, string> = {
  encoded: 'green',
  elsewhere: 'blue',
  planned: 'orange',
  'not-a-rule': 'default',
};

/** Compact figures, so the six counts fit two rows on a phone. */
const STAT_STYLES = { content: { fontSize: 22 } };

/** One table row: a provision with its clause; the clause cell spans the clause's rows. */
interface CoverageRow extends CoverageProvision {
  key: string;
  clause: string;
  heading: string;
  clauseSpan: number;
}

function StatusTag({ provision }: { provision: CoverageProvision }) {
  const name = COVERAGE_STATUS_NAMES[provision.status];
  return (
    <Tag color={STATUS_COLORS[provision.status]} style={{ marginInlineEnd: 0 }}>
      {provision.status === 'planned' && provision.issue !== null ? `${name}（#${provision.issue}）` : name}
    </Tag>
  );
}

/** What backs the status: the rule ids, the place in the code, or the reason — with any remark. */
function Backing({ provision }: { provision: CoverageProvision }) {
  return (
    <Flex vertical gap={2}>
      {provision.rules.length > 0 ? (
        <Flex wrap gap={4}>
          {provision.rules.map((rule) => (
            <Typography.Text key={rule} code style={{ fontSize: 12 }}>
              {rule}
            </Typography.Text>
          ))}
        </Flex>
      ) : null}
      {provision.where ? (
        <Typography.Text style={{ fontSize: 12 }}>
          <Typography.Text code>{provision.where.symbol}</Typography.Text>
          <Typography.Text type="secondary"> {provision.where.file}</Typography.Text>
        </Typography.Text>
      ) : null}
      {provision.why ? <Typography.Text type="secondary">{provision.why}</Typography.Text> : null}
    </Flex>
  );
}

/** Whether a row matches the search text anywhere a reader would look for it. */
function matches(row: CoverageRow, text: string): boolean {
  const haystack = [
    row.clause,
    row.heading,
    row.summary,
    row.why ?? '',
    ...row.rules,
    row.where?.file ?? '',
    row.where?.symbol ?? '',
  ];
  return haystack.some((value) => value.toLowerCase().includes(text));
}

/**
 * 条款覆盖: every clause of the set's seed document, one row per provision, with its status —
 * encoded (rule ids), enforced elsewhere (where), planned (issue) or not a system rule (why) —
 * the counts per status on top, and filters by status and text.
 */
export function PolicyCoverageTab({ policyId }: { policyId: string }) {
  const hasSeed = SEED_SETS.includes(policyId);
  const coverage = useRequest(
    (signal) => (hasSeed ? fetchPolicyCoverage(policyId, signal) : Promise.resolve(undefined)),
    [policyId],
  );
  const [statuses, setStatuses] = useState<CoverageStatus[]>([]);
  const [search, setSearch] = useState('');
  const data = coverage.data;

  const rows = useMemo(() => {
    const text = search.trim().toLowerCase();
    const flat: CoverageRow[] = (data?.clauses ?? []).flatMap((clause) =>
      clause.provisions.map((provision, index) => ({
        ...provision,
        key: `${clause.clause}-${index}`,
        clause: clause.clause,
        heading: clause.heading,
        clauseSpan: 1,
      })),
    );
    const shown = flat.filter(
      (row) => (statuses.length === 0 || statuses.includes(row.status)) && (!text || matches(row, text)),
    );
    // The clause cell spans the consecutive rows of its clause that remain after filtering.
    for (let i = 0; i < shown.length; ) {
      let j = i + 1;
      while (j < shown.length && shown[j]!.clause === shown[i]!.clause) j++;
      shown[i]!.clauseSpan = j - i;
      for (let k = i + 1; k < j; k++) shown[k]!.clauseSpan = 0;
      i = j;
    }
    return shown;
  }, [data, statuses, search]);

  if (!hasSeed)
    return (
      <Alert type="info" showIcon title="国家层没有对应的种子文件，无条款覆盖表。请选择一个地方政策集。" />
    );

  const columns: TableColumnsType<CoverageRow> = [
    {
      title: '条款',
      key: 'clause',
      width: 160,
      onCell: (row) => ({ rowSpan: row.clauseSpan, style: { verticalAlign: 'top' } }),
      render: (_v, row) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{row.clause}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.heading}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '规定', dataIndex: 'summary', key: 'summary' },
    { title: '状态', key: 'status', width: 130, render: (_v, row) => <StatusTag provision={row} /> },
    {
      title: '规则编号 / 执行位置 / 原因',
      key: 'backing',
      width: 340,
      render: (_v, row) => <Backing provision={row} />,
    },
  ];

  return (
    <Flex vertical gap={12}>
      {coverage.error ? <Alert type="error" showIcon title={errorMessage(coverage.error)} /> : null}
      {data && data.problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={`覆盖表自检发现 ${data.problems.length} 个问题`}
          description={data.problems.map((p) => `条款 ${p.clause}：${p.message}`).join('；')}
        />
      ) : null}
      <Card size="small" loading={coverage.loading && !data}>
        <Row gutter={[12, 12]}>
          <Col xs={8} md={4}>
            <Statistic styles={STAT_STYLES} title="条款" value={data?.summary.clauses ?? 0} suffix="条" />
          </Col>
          <Col xs={8} md={4}>
            <Statistic styles={STAT_STYLES} title="规定" value={data?.summary.provisions ?? 0} suffix="项" />
          </Col>
          {COVERAGE_STATUSES.map((status) => (
            <Col key={status} xs={8} md={4}>
              <Statistic
                styles={STAT_STYLES}
                title={<Tag color={STATUS_COLORS[status]}>{COVERAGE_STATUS_NAMES[status]}</Tag>}
                value={data?.summary[status] ?? 0}
                suffix="项"
              />
            </Col>
          ))}
        </Row>
      </Card>
      <Flex wrap gap={12} align="center">
        <Select<CoverageStatus[]>
          mode="multiple"
          allowClear
          aria-label="按状态筛选"
          placeholder="全部状态"
          style={{ minWidth: 220 }}
          value={statuses}
          onChange={setStatuses}
          options={COVERAGE_STATUSES.map((status) => ({
            value: status,
            label: `${COVERAGE_STATUS_NAMES[status]}（${data?.summary[status] ?? 0}）`,
          }))}
        />
        <Input.Search
          allowClear
          aria-label="搜索条款"
          placeholder="搜索条款、规定、规则编号或原因"
          style={{ width: 300, maxWidth: '100%' }}
          onSearch={setSearch}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Typography.Text type="secondary">显示 {rows.length} 项</Typography.Text>
      </Flex>
      <WholeTable<CoverageRow>
        bordered
        rowKey="key"
        columns={columns}
        dataSource={rows}
        loading={coverage.loading}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description="没有符合条件的规定" /> }}
      />
    </Flex>
  );
}
