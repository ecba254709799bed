import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Button, Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { fetchPublicNotices, type PublicNotice } from '../../api/publicity';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { PageHeader } from '../../components/page-header';
import { ReloadButton } from '../../components/reload-button';
import { actionsColumn } from '../../lib/actions-column';
import { publicityKindNames } from '../../lib/application-labels';
import { useRequest } from '../../lib/use-request';
import { ObjectionModal } from './objection-modal';

/**
 * 公示公告 (open to everyone, no login): the people on notice today, names masked, and a way to object
 * to each notice while it runs.
 */
export function PublicityPage() {
  const notices = useRequest((signal) => fetchPublicNotices(signal), []);
  const [objecting, setObjecting] = useState<PublicNotice | null>(null);
  const { data, error, loading, reload } = notices;

  const columns: TableColumnsType<PublicNotice> = [
    { title: '姓名', dataIndex: 'maskedName', width: 100 },
    { title: '工作单位', dataIndex: 'unitName', ellipsis: { showTitle: true } },
    { title: '申报资格', dataIndex: 'targetTitle', width: 220 },
    {
      title: '公示类型',
      dataIndex: 'kind',
      width: 140,
      render: (kind: PublicNotice['kind']) => (
        <Tag color={kind === 'unit' ? 'blue' : 'purple'}>{publicityKindNames[kind] ?? kind}</Tag>
      ),
    },
    { title: '公示单位', dataIndex: 'publisher', ellipsis: { showTitle: true } },
    {
      title: '公示期',
      key: 'period',
      width: 200,
      render: (_, notice) => `${notice.startsOn} 至 ${notice.endsOn}`,
    },
    actionsColumn(110, (notice) => (
      <Button
        type="link"
        size="small"
        icon={<ExclamationCircleOutlined />}
        onClick={() => setObjecting(notice)}
        aria-label={`对 ${notice.maskedName} 提出异议`}
      >
        提出异议
      </Button>
    )),
  ];

  return (
    <>
      <PageHeader
        title="公示公告"
        description="职称申报人员公示（用人单位公示、劳务派遣单位公示），公示期不少于5个工作日。对公示对象有异议的，可在公示期内实名提出。"
        extra={<ReloadButton request={notices} />}
      />
      <LoadErrorAlert error={error} title="公示列表加载失败" onRetry={reload} style={{ marginBottom: 16 }} />
      <Card
        size="small"
        title={`正在公示${data ? `（${data.items.length} 人）` : ''}`}
        extra={data ? <Typography.Text type="secondary">公示日期：{data.today}</Typography.Text> : null}
      >
        <Table<PublicNotice>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items}
          loading={loading && !data}
          pagination={data && data.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: '当前没有正在公示的人员' }}
          data-testid="publicity-table"
        />
      </Card>
      <ObjectionModal notice={objecting} onClose={() => setObjecting(null)} />
    </>
  );
}
