import { Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UserRow } from '../../api/users';
import { ConfirmLink } from '../../components/confirm-link';
import { actionsColumn } from '../../lib/actions-column';
import { nameOf, roleNames, userStatusColours, userStatusNames } from '../../lib/labels';
import { formatDateTime, isInFuture } from '../../lib/time';
import { createdAtColumn, timeColumn } from '../../lib/time-columns';
import { sortOrderOf } from '../../lib/use-table-query';

/** What the page does for each button; which buttons a row shows is the row's own `actions`. */
export interface UserActions {
  edit: (user: UserRow) => void;
  toggleStatus: (user: UserRow) => void;
  resetPassword: (user: UserRow) => void;
  unlock: (user: UserRow) => void;
  /** 解除绑定 of the linked person's current unit. */
  unlink: (user: UserRow) => void;
}

/** Why a row's 停用/启用 is not offered: the server says so by leaving both out of its actions. */
function statusLockedReason(user: UserRow): string {
  return user.status === 'pending' ? '单位注册审核通过后自动开通' : '不能停用自己的账号';
}

/** The user table's columns; sortable ones follow the server's `sort` parameter. */
export function userColumns(sort: string | undefined, actions: UserActions): ColumnsType<UserRow> {
  return [
    {
      title: '用户名',
      dataIndex: 'username',
      key: 'username',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'username'),
      width: 120,
    },
    { title: '姓名', dataIndex: 'displayName', key: 'displayName', width: 90 },
    {
      title: '角色',
      dataIndex: 'roles',
      key: 'roles',
      render: (roles: UserRow['roles']) => (
        <Space size={[4, 4]} wrap>
          {roles.map((role) => (
            <Tag key={role} color={role === 'admin' ? 'volcano' : 'blue'}>
              {nameOf(roleNames, role)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '所属单位',
      dataIndex: ['organisation', 'name'],
      key: 'organisation',
      ellipsis: true,
      render: (name: string | undefined) => name ?? '—',
    },
    {
      title: '实名人员',
      key: 'person',
      width: 170,
      render: (_, user) =>
        user.person ? (
          <Space direction="vertical" size={0}>
            <span>{user.person.name}</span>
            <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{user.person.idNumberMasked}</span>
            {user.phoneMasked ? (
              <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{user.phoneMasked}</span>
            ) : null}
            <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
              {user.person.currentUnit ? `单位：${user.person.currentUnit.name}` : '未绑定单位'}
            </span>
          </Space>
        ) : (
          '—'
        ),
    },
    { title: '行政区划', dataIndex: ['jurisdiction', 'name'], key: 'jurisdiction', width: 90 },
    {
      title: '状态',
      key: 'status',
      width: 120,
      render: (_, user) => (
        <Space size={4}>
          <Tag color={userStatusColours[user.status]}>{nameOf(userStatusNames, user.status)}</Tag>
          {user.mustChangePassword ? <MustChangePasswordTag /> : null}
          {isInFuture(user.lockedUntil) ? (
            <Tooltip title={`连续登录失败，锁定至 ${formatDateTime(user.lockedUntil)}`}>
              <Tag color="red">已锁定</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    timeColumn('最后登录', 'lastLoginAt', 140),
    createdAtColumn(sort, '创建时间', 140),
    actionsColumn(220, (user) => (
      <Space size={0} wrap>
        {user.actions.includes('edit') ? (
          <Button type="link" size="small" onClick={() => actions.edit(user)}>
            编辑
          </Button>
        ) : null}
        <StatusToggle user={user} onToggle={() => actions.toggleStatus(user)} />
        {user.actions.includes('reset-password') ? (
          <Button type="link" size="small" onClick={() => actions.resetPassword(user)}>
            重置密码
          </Button>
        ) : null}
        {user.actions.includes('unlink') ? (
          <Button type="link" size="small" danger onClick={() => actions.unlink(user)}>
            解除绑定
          </Button>
        ) : null}
        {user.mustChangePassword ? <MustChangePasswordTag /> : null}
        {user.actions.includes('unlock') ? (
          <ConfirmLink
            title={`解锁账号 ${user.username}？`}
            okText="解锁"
            onConfirm={() => actions.unlock(user)}
          />
        ) : null}
      </Space>
    )),
  ];
}

/** 待改密: the password was set by an administrator, shown both where the state is and beside 重置密码. */
function MustChangePasswordTag() {
  return (
    <Tooltip title="密码由管理员设置，用户下次登录须先修改">
      <Tag color="orange">待改密</Tag>
    </Tooltip>
  );
}

/**
 * 停用 or 启用, as the row's actions allow; shown disabled, with the reason, when neither is
 * allowed (the administrator's own account, a unit account awaiting review).
 */
function StatusToggle({ user, onToggle }: { user: UserRow; onToggle: () => void }) {
  const disabling = user.status === 'active';
  const allowed = user.actions.includes(disabling ? 'disable' : 'enable');
  return (
    <Popconfirm
      title={disabling ? `停用账号 ${user.username}？` : `启用账号 ${user.username}？`}
      description={disabling ? '停用后该用户无法登录，已登录的会话将失效。' : undefined}
      okText={disabling ? '停用' : '启用'}
      onConfirm={onToggle}
      disabled={!allowed}
    >
      <Button
        type="link"
        size="small"
        danger={disabling}
        disabled={!allowed}
        title={allowed ? undefined : statusLockedReason(user)}
      >
        {disabling ? '停用' : '启用'}
      </Button>
    </Popconfirm>
  );
}
