import { ApartmentOutlined, EnvironmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Divider, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { Me } from '../api/auth';
import { errorMessage } from '../api/client';
import { quietLoading } from '../components/quiet-loading';
import { roleNames } from '../lib/labels';
import { useSession } from '../session/session-context';

/** Who is working: name, roles, organisation and jurisdiction, and the way out. */
export function UserBar({ me, compact = false }: { me: Me; compact?: boolean }) {
  const { signOut } = useSession();
  const { message } = App.useApp();
  const [leaving, setLeaving] = useState(false);

  const leave = async () => {
    setLeaving(true);
    try {
      await signOut();
    } catch (error) {
      // The local session is gone either way; say why the server did not confirm.
      message.warning(`退出时服务器未确认：${errorMessage(error)}`);
    } finally {
      setLeaving(false);
    }
  };

  return (
    <Flex align="center" gap={12} wrap={false} style={{ minWidth: 0 }} data-testid="user-bar">
      <Flex align="center" gap={6} style={{ minWidth: 0 }}>
        <UserOutlined />
        <Typography.Text strong data-testid="user-display-name" style={{ whiteSpace: 'nowrap' }}>
          {me.displayName}
        </Typography.Text>
        {compact
          ? null
          : me.roles.map((role) => (
              <Tag key={role} color="blue" style={{ marginInlineEnd: 0 }}>
                {roleNames[role] ?? role}
              </Tag>
            ))}
      </Flex>
      {me.organisation && !compact ? (
        <Tooltip title="所属单位">
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }}>
            <ApartmentOutlined /> {me.organisation.name}
          </Typography.Text>
        </Tooltip>
      ) : null}
      {compact ? null : (
        <Tooltip title="行政区划">
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 220 }}>
            <EnvironmentOutlined /> {me.jurisdiction.fullName || me.jurisdiction.name}
          </Typography.Text>
        </Tooltip>
      )}
      <Divider orientation="vertical" />
      <Button type="text" icon={<LogoutOutlined />} loading={quietLoading(leaving)} onClick={leave}>
        {compact ? null : '退出登录'}
      </Button>
    </Flex>
  );
}
