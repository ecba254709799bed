import { ArrowRightOutlined, DiffOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Select,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { Fragment } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import {
  fetchPolicy,
  type GeneralItem,
  type Layered,
  listPolicies,
  type ParameterItem,
  type PathwayItem,
  type PolicySummary,
  type StandardItem,
} from '../../api/policies';
import { CitationTag } from '../../components/citation-tag';
import { PageHeader } from '../../components/page-header';
import { WholeTable } from '../../components/whole-table';
import { layerName } from '../../lib/policy-labels';
import { useRequest } from '../../lib/use-request';
import { PolicyCoverageTab } from './policy-coverage-tab';
import {
  datesText,
  GeneralSummary,
  itemTitle,
  LayerTag,
  ParameterSummary,
  PathwaySummary,
  StandardSummary,
} from './policy-items';

const defaultPolicy = 'anshan-2023';

/** The columns every item has: its citation, the layer it comes from, and when it is in force. */
function provenanceColumns<T extends Layered>(own: string): TableColumnsType<T> {
  return [
    {
      title: '依据',
      key: 'citation',
      width: 210,
      render: (_value, item) => <CitationTag citation={item.citation} />,
    },
    {
      title: '来源层级',
      key: 'layer',
      width: 150,
      render: (_value, item) => <LayerTag layer={item.layer} own={own} />,
    },
    { title: '有效期', key: 'dates', width: 150, render: (_value, item) => datesText(item) },
  ];
}

/** Options for a policy-set select, drafts marked as such. */
export function policyOptions(policies: PolicySummary[]) {
  return policies.map((policy) => ({
    value: policy.id,
    label: policy.status === 'draft' ? `${policy.name}（征求意见稿）` : policy.name,
  }));
}

/** The chain of layers a policy set is built from: 国家 → 辽宁省 → 鞍山2023. */
function LayerChain({ layers, status }: { layers: string[]; status: PolicySummary['status'] }) {
  return (
    <Flex wrap gap={6} align="center" data-testid="layer-chain">
      <Typography.Text type="secondary">规则层级：</Typography.Text>
      {layers.map((layer, index) => (
        <Fragment key={layer}>
          {index > 0 ? <ArrowRightOutlined style={{ color: '#8c8c8c', fontSize: 12 }} /> : null}
          <Tag color={index === layers.length - 1 ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
            {layerName(layer)}
          </Tag>
        </Fragment>
      ))}
      {status === 'draft' ? (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          征求意见稿：仅供模拟测算
        </Tag>
      ) : null}
    </Flex>
  );
}

/**
 * 政策规则库: one policy set as in force on a date: its pathways, general conditions, basic standards and
 * parameters, each with the clause it rests on and the layer it comes from.
 */
export function PoliciesPage() {
  const [params, setParams] = useSearchParams();
  const policyId = params.get('policy') ?? defaultPolicy;
  const asOf = params.get('asOf') ?? undefined;
  const policies = useRequest(() => listPolicies(), []);
  const policy = useRequest((signal) => fetchPolicy(policyId, asOf, signal), [policyId, asOf]);
  const data = policy.data;
  const own = data?.id ?? policyId;

  const set = (key: string, value: string | undefined) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const pathwayColumns: TableColumnsType<PathwayItem> = [
    {
      title: '途径与依据',
      key: 'name',
      width: 230,
      render: (_v, item) => <Typography.Text strong>{item.name}</Typography.Text>,
    },
    { title: '条件与效果', key: 'body', render: (_v, item) => <PathwaySummary item={item} /> },
    ...provenanceColumns<PathwayItem>(own),
  ];
  const generalColumns: TableColumnsType<GeneralItem> = [
    { title: '条件', key: 'description', render: (_v, item) => <GeneralSummary item={item} /> },
    ...provenanceColumns<GeneralItem>(own),
  ];
  const standardColumns: TableColumnsType<StandardItem> = [
    { title: '系列', dataIndex: 'seriesName', width: 160 },
    { title: '层级', dataIndex: 'levelName', width: 90 },
    { title: '学历与资历（满足其一）', key: 'routes', render: (_v, item) => <StandardSummary item={item} /> },
    ...provenanceColumns<StandardItem>(own),
  ];
  const parameterColumns: TableColumnsType<ParameterItem> = [
    { title: '参数', key: 'key', width: 300, render: (_v, item) => itemTitle('parameter', item.key, item) },
    { title: '取值', key: 'value', render: (_v, item) => <ParameterSummary item={item} /> },
    ...provenanceColumns<ParameterItem>(own),
  ];

  const table = <T extends object>(
    rows: T[] | undefined,
    columns: TableColumnsType<T>,
    rowKey: (row: T) => string,
  ) => (
    <WholeTable<T>
      rowKey={rowKey}
      columns={columns}
      dataSource={rows}
      loading={policy.loading}
      scroll={{ x: 960 }}
    />
  );

  return (
    <>
      <PageHeader
        title="政策规则库"
        description="按政策集和日期查看生效的申报途径、通用条件、评价基本标准和参数；每条规则标明政策依据（悬停可看条文）及来源层级。"
        extra={
          <Link to={`/policies/diff?a=${encodeURIComponent(policyId)}`}>
            <Button icon={<DiffOutlined />}>与其他政策对比</Button>
          </Link>
        }
      />
      <Card size="small">
        <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
          <Select
            aria-label="政策集"
            style={{ width: 380 }}
            value={policyId}
            loading={policies.loading}
            options={policyOptions(policies.data ?? [])}
            onChange={(value: string) => set('policy', value)}
          />
          <DatePicker
            aria-label="生效日期"
            placeholder="生效日期"
            value={asOf ? dayjs(asOf) : null}
            onChange={(value) => set('asOf', value ? value.format('YYYY-MM-DD') : undefined)}
          />
          {data ? <Typography.Text type="secondary">按 {data.asOf} 生效的规则</Typography.Text> : null}
        </Flex>
        {policy.error ? (
          <Alert type="error" showIcon title={errorMessage(policy.error)} style={{ marginBottom: 12 }} />
        ) : null}
        {data ? <LayerChain layers={data.layers} status={data.status} /> : null}
        <Tabs
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'pathways',
              label: `申报途径（${data?.pathways.length ?? 0}）`,
              children: table(data?.pathways, pathwayColumns, (row) => row.id),
            },
            {
              key: 'general',
              label: `通用条件（${data?.general.length ?? 0}）`,
              children: table(data?.general, generalColumns, (row) => row.id),
            },
            {
              key: 'standards',
              label: `评价基本标准（${data?.standards.length ?? 0}）`,
              children: table(data?.standards, standardColumns, (row) => `${row.series}.${row.level}`),
            },
            {
              key: 'parameters',
              label: `参数（${data?.parameters.length ?? 0}）`,
              children: table(data?.parameters, parameterColumns, (row) => row.key),
            },
            {
              // The seed document clause by clause: what the rules above cover, and what they do not.
              key: 'coverage',
              label: '条款覆盖',
              children: <PolicyCoverageTab policyId={policyId} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
