import { SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, type TableColumnsType, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import {
  type DiffItem,
  type DiffKind,
  type DiffRow,
  fetchPolicyDiff,
  listPolicies,
} from '../../api/policies';
import { PageHeader } from '../../components/page-header';
import { WholeTable } from '../../components/whole-table';
import { useRequest } from '../../lib/use-request';
import { policyOptions } from './policies-page';
import { diffKindNames, ItemSummary, itemTitle, Provenance } from './policy-items';
import { PolicySidePicker } from './policy-side-picker';

const statusTags: Record<DiffRow['status'], { text: string; color: string }> = {
  'only-a': { text: '仅A有', color: 'blue' },
  'only-b': { text: '仅B有', color: 'gold' },
  changed: { text: '不同', color: 'red' },
};

const kinds: DiffKind[] = ['pathway', 'general', 'standard', 'parameter'];

/** One side of a row: the item as that policy set has it, or a dash when it has none. */
function Side({ kind, item, own }: { kind: DiffKind; item: DiffItem | null; own: string }) {
  if (!item) return <Typography.Text type="secondary">—（无此项）</Typography.Text>;
  return (
    <Flex vertical gap={6} align="flex-start">
      <ItemSummary kind={kind} item={item} />
      <Provenance item={item} own={own} />
    </Flex>
  );
}

/**
 * 政策对比: two policy sets side by side, each at its own date; only what differs is listed (an item only
 * one set has, or one both have with different content), by kind.
 */
export function PolicyDiffPage() {
  const [params, setParams] = useSearchParams();
  const a = params.get('a') ?? 'anshan-2023';
  const b = params.get('b') ?? 'jilin-2022';
  const asOfA = params.get('asOfA') ?? undefined;
  const asOfB = params.get('asOfB') ?? undefined;
  const kind = (params.get('kind') as DiffKind | null) ?? undefined;
  const policies = useRequest(() => listPolicies(), []);
  const diff = useRequest((signal) => fetchPolicyDiff({ a, b, asOfA, asOfB }, signal), [a, b, asOfA, asOfB]);
  const data = diff.data;
  const options = policyOptions(policies.data ?? []);

  const set = (changes: Record<string, string | undefined>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  // The address names side A's set `a` and its date `asOfA`, side B's `b` and `asOfB`.
  const picker = (side: 'A' | 'B', color: string, policy: string, asOf: string | undefined) => (
    <PolicySidePicker
      side={side}
      color={color}
      policy={policy}
      asOf={asOf}
      options={options}
      loading={policies.loading}
      onPolicy={(value) => set({ [side.toLowerCase()]: value })}
      onAsOf={(value) => set({ [`asOf${side}`]: value })}
    />
  );

  const rows = (data?.rows ?? []).filter((row) => !kind || row.kind === kind);
  const counts = new Map<DiffKind, number>();
  for (const row of data?.rows ?? []) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);

  const columns: TableColumnsType<DiffRow> = [
    {
      title: '类别',
      dataIndex: 'kind',
      width: 110,
      render: (value: DiffKind) => diffKindNames[value],
    },
    {
      title: '项目',
      key: 'key',
      width: 230,
      render: (_v, row) => itemTitle(row.kind, row.key, row.a ?? row.b),
    },
    {
      title: '差异',
      dataIndex: 'status',
      width: 80,
      render: (value: DiffRow['status']) => (
        <Tag color={statusTags[value].color} style={{ marginInlineEnd: 0 }}>
          {statusTags[value].text}
        </Tag>
      ),
    },
    {
      title: `A：${data?.a.name ?? a}`,
      key: 'a',
      render: (_v, row) => <Side kind={row.kind} item={row.a} own={data?.a.id ?? a} />,
    },
    {
      title: `B：${data?.b.name ?? b}`,
      key: 'b',
      render: (_v, row) => <Side kind={row.kind} item={row.b} own={data?.b.id ?? b} />,
    },
  ];

  return (
    <>
      <PageHeader
        title="政策对比"
        description="两个政策集各按其生效日期解析后逐项对比，只列出不同之处：仅一方有的规则和参数，以及双方都有但内容不同的。"
      />
      <Card size="small">
        <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
          {picker('A', 'blue', a, asOfA)}
          <Button
            icon={<SwapOutlined />}
            aria-label="交换A与B"
            title="交换A与B"
            onClick={() => set({ a: b, b: a, asOfA: asOfB, asOfB: asOfA })}
          />
          {picker('B', 'gold', b, asOfB)}
        </Flex>
        <Flex wrap gap={12} align="center" justify="space-between" style={{ marginBottom: 12 }}>
          <Segmented<string>
            value={kind ?? 'all'}
            onChange={(value) => set({ kind: value === 'all' ? undefined : value })}
            options={[
              { value: 'all', label: `全部（${data?.rows.length ?? 0}）` },
              ...kinds.map((k) => ({ value: k, label: `${diffKindNames[k]}（${counts.get(k) ?? 0}）` })),
            ]}
          />
          {data ? (
            <Typography.Text type="secondary">
              A 按 {data.a.asOf}、B 按 {data.b.asOf} 生效的规则
            </Typography.Text>
          ) : null}
        </Flex>
        {diff.error ? (
          <Alert type="error" showIcon title={errorMessage(diff.error)} style={{ marginBottom: 12 }} />
        ) : null}
        <div data-testid="policy-diff">
          <WholeTable<DiffRow>
            rowKey={(row) => `${row.kind}:${row.key}`}
            columns={columns}
            dataSource={rows}
            loading={diff.loading}
            // Fixed layout: the label columns keep their widths and A and B share the rest equally.
            tableLayout="fixed"
            scroll={{ x: 960 }}
            locale={{ emptyText: a === b && asOfA === asOfB ? '两侧为同一政策集，没有差异' : '没有差异' }}
          />
        </div>
      </Card>
    </>
  );
}
