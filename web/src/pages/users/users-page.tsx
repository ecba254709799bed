import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { Role } from '../../api/auth';
import { errorMessage } from '../../api/client';
import {
  listUsers,
  type UserRow,
  type UserSort,
  type UserStatus,
  unlockUser,
  updateUser,
  usersExportPath,
} from '../../api/users';
import { ExportButton } from '../../components/export-button';
import { PageHeader } from '../../components/page-header';
import { SearchBox } from '../../components/search-box';
import { roleOptions, userStatusOptions } from '../../lib/labels';
import { useRequest } from '../../lib/use-request';
import { paginationOf, useTableQuery } from '../../lib/use-table-query';
import { useMe } from '../../session/session-context';
import { ResetPasswordModal } from './reset-password-modal';
import { userColumns } from './user-columns';
import { UserFormModal } from './user-form-modal';

const filterKeys = ['q', 'role', 'status'] as const;

/** 用户管理: accounts of every role, with their organisation, jurisdiction and state. */
export function UsersPage() {
  const me = useMe();
  const { message } = App.useApp();
  const { query, setFilter, onTableChange } = useTableQuery(filterKeys);
  const [editing, setEditing] = useState<{ user: UserRow | null } | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);

  const filters = useMemo(
    () => ({
      q: query.filters.q,
      role: query.filters.role as Role | undefined,
      status: query.filters.status as UserStatus | undefined,
      sort: query.sort as UserSort | undefined,
    }),
    [query],
  );
  const { data, error, loading, reload } = useRequest(
    (signal) => listUsers({ ...filters, page: query.page, pageSize: query.pageSize }, signal),
    [filters, query.page, query.pageSize],
  );

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      message.success(done);
      reload();
    } catch (cause) {
      message.error(errorMessage(cause));
    }
  };

  const columns = userColumns(query.sort, {
    selfId: me.id,
    edit: (user) => setEditing({ user }),
    resetPassword: setResetting,
    toggleStatus: (user) => {
      const status: UserStatus = user.status === 'active' ? 'disabled' : 'active';
      return run(
        () => updateUser(user.id, { status }),
        status === 'active' ? `已启用 ${user.username}` : `已停用 ${user.username}`,
      );
    },
    unlock: (user) => run(() => unlockUser(user.id), `已解锁 ${user.username}`),
  });

  return (
    <>
      <PageHeader
        title="用户管理"
        description="管理各角色的登录账号：角色、所属单位、行政区划与账号状态。"
        extra={
          <>
            <ExportButton path={usersExportPath} query={filters} fileName="用户列表.xlsx" />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })}>
              新建用户
            </Button>
          </>
        }
      />
      <Card size="small">
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <SearchBox value={filters.q} onSearch={(q) => setFilter('q', q)} placeholder="用户名 / 姓名" />
          <Select
            value={filters.role}
            onChange={(role) => setFilter('role', role)}
            options={roleOptions}
            placeholder="全部角色"
            allowClear
            style={{ width: 160 }}
            aria-label="按角色筛选"
          />
          <Select
            value={filters.status}
            onChange={(status) => setFilter('status', status)}
            options={userStatusOptions}
            placeholder="全部状态"
            allowClear
            style={{ width: 120 }}
            aria-label="按状态筛选"
          />
        </Flex>
        {error ? (
          <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />
        ) : null}
        <Table<UserRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items}
          loading={loading}
          pagination={paginationOf(query, data?.total ?? 0)}
          onChange={onTableChange}
          scroll={{ x: 1150 }}
          locale={{ emptyText: '没有符合条件的用户' }}
        />
      </Card>
      <UserFormModal
        open={editing !== null}
        user={editing?.user ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
