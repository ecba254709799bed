import { CheckOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Flex,
  Segmented,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { fetchInbox, type InboxMessage, markRead } from '../../api/notifications';
import { PageHeader } from '../../components/page-header';
import { useUnreadCount } from '../../layout/unread-count';
import { timeColumn } from '../../lib/time-columns';
import { useServerList } from '../../lib/use-server-list';
import { paginationOf, type TableQuery } from '../../lib/use-table-query';

const filterKeys = ['unread'] as const;

function toFilters(query: TableQuery<(typeof filterKeys)[number]>) {
  return { unreadOnly: query.filters.unread === '1' };
}

/** 站内消息: what the workflow told this user — new work, results, returns — newest first. */
export function InboxPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { refresh } = useUnreadCount();
  const inbox = useServerList(filterKeys, toFilters, fetchInbox);
  const { data, error, loading, reload } = inbox.list;

  const mark = async (ids?: number[]) => {
    try {
      const { marked } = await markRead(ids);
      if (!ids) message.success(marked > 0 ? `已将 ${marked} 条消息标为已读` : '没有未读消息');
      reload();
      refresh();
    } catch (cause) {
      message.error(errorMessage(cause));
    }
  };

  /** Opening a message reads it; one that leads somewhere goes there. */
  const open = async (item: InboxMessage) => {
    if (!item.read) await mark([item.id]);
    if (item.link) navigate(item.link);
  };

  const columns: TableColumnsType<InboxMessage> = [
    {
      title: '消息',
      key: 'message',
      render: (_, item) => (
        <Flex gap={10} align="flex-start">
          <Badge status={item.read ? 'default' : 'processing'} style={{ marginTop: 2 }} />
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong={!item.read}>{item.title}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {item.body}
            </Typography.Paragraph>
          </div>
        </Flex>
      ),
    },
    timeColumn('时间', 'createdAt', 150),
    {
      title: '状态',
      key: 'read',
      width: 110,
      render: (_, item) =>
        item.read ? (
          <Typography.Text type="secondary">已读</Typography.Text>
        ) : (
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            onClick={(event) => {
              event.stopPropagation();
              void mark([item.id]);
            }}
          >
            标为已读
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="站内消息"
        description="申报流转中的待办提醒、审核结果和退回通知。点击消息可直接打开相关申报。"
      />
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
          <Segmented
            value={inbox.filters.unreadOnly ? '1' : ''}
            onChange={(value) => inbox.setFilter('unread', value ? '1' : undefined)}
            options={[
              { value: '', label: '全部消息' },
              { value: '1', label: `未读${data ? `（${data.unread}）` : ''}` },
            ]}
          />
          <Button icon={<CheckOutlined />} onClick={() => mark()} disabled={!data?.unread}>
            全部标为已读
          </Button>
        </Flex>
        {error ? (
          <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />
        ) : null}
        <Table<InboxMessage>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data?.items}
          columns={columns}
          locale={{ emptyText: inbox.filters.unreadOnly ? '没有未读消息' : '暂无消息' }}
          pagination={paginationOf(inbox.query, data?.total ?? 0)}
          onChange={inbox.onTableChange}
          onRow={(item) => ({
            onClick: () => void open(item),
            style: { cursor: item.link ? 'pointer' : 'default' },
          })}
          scroll={{ x: 720 }}
          data-testid="inbox-list"
        />
      </Card>
    </>
  );
}
