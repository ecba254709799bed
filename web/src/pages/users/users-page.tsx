import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { errorMessage } from '../../api/client';
import {
  listUsers,
  type UserFilters,
  type UserRow,
  type UserStatus,
  unlockUser,
  updateUser,
  usersExportPath,
} from '../../api/users';
import { ExportButton } from '../../components/export-button';
import { type ListFilter, ListFilters } from '../../components/list-filters';
import { PageHeader } from '../../components/page-header';
import { ServerTable } from '../../components/server-table';
import { roleOptions, userStatusOptions } from '../../lib/labels';
import { useModalTarget } from '../../lib/use-modal-target';
import { plainFilters, useServerList } from '../../lib/use-server-list';
import { ResetPasswordModal } from './reset-password-modal';
import { UnlinkBindingModal } from './unlink-binding-modal';
import { userColumns } from './user-columns';
import { UserFormModal } from './user-form-modal';

const filterKeys = ['q', 'role', 'status'] as const;

const filterControls: ListFilter<(typeof filterKeys)[number]>[] = [
  { search: 'q', placeholder: '用户名 / 姓名' },
  { select: 'role', options: roleOptions, placeholder: '全部角色', label: '按角色筛选', width: 160 },
  { select: 'status', options: userStatusOptions, placeholder: '全部状态', label: '按状态筛选', width: 120 },
];

/** 用户管理: accounts of every role, with their organisation, jurisdiction and state. */
export function UsersPage() {
  const { message } = App.useApp();
  const table = useServerList(filterKeys, plainFilters<UserFilters>, listUsers);
  const { query, setFilter } = table;
  const { reload } = table.list;
  // `user: null` creates one.
  const editing = useModalTarget<{ user: UserRow | null }>(reload);
  const resetting = useModalTarget<UserRow>(reload);
  const unlinking = useModalTarget<UserRow>(reload);

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
    edit: (user) => editing.open({ user }),
    resetPassword: resetting.open,
    toggleStatus: (user) => {
      const status: UserStatus = user.status === 'active' ? 'disabled' : 'active';
      return run(
        () => updateUser(user.id, { status }),
        status === 'active' ? `已启用 ${user.username}` : `已停用 ${user.username}`,
      );
    },
    unlock: (user) => run(() => unlockUser(user.id), `已解锁 ${user.username}`),
    unlink: unlinking.open,
  });

  return (
    <>
      <PageHeader
        title="用户管理"
        description="管理各角色的登录账号：角色、所属单位、行政区划与账号状态。"
        extra={
          <>
            <ExportButton path={usersExportPath} query={table.filters} fileName="用户列表.xlsx" />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => editing.open({ user: null })}>
              新建用户
            </Button>
          </>
        }
      />
      <ServerTable<UserRow>
        table={table}
        toolbar={<ListFilters values={query.filters} onChange={setFilter} filters={filterControls} />}
        columns={columns}
        scrollX={1150}
        emptyText="没有符合条件的用户"
      />
      <UserFormModal
        open={editing.target !== null}
        user={editing.target?.user ?? null}
        onClose={editing.close}
        onSaved={editing.saved}
      />
      <ResetPasswordModal user={resetting.target} onClose={resetting.close} />
      <UnlinkBindingModal user={unlinking.target} onClose={unlinking.close} />
    </>
  );
}
