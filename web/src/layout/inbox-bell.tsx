import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { useUnreadCount } from './unread-count';

/** The header's bell: the unread count, and the way into 站内消息. */
export function InboxBell() {
  const navigate = useNavigate();
  const { unread } = useUnreadCount();
  const label = unread ? `站内消息（${unread} 条未读）` : '站内消息';
  return (
    <Tooltip title={label}>
      <Badge count={unread ?? 0} size="small" overflowCount={99} offset={[-6, 6]}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={label}
          data-testid="inbox-bell"
          onClick={() => navigate('/inbox')}
        />
      </Badge>
    </Tooltip>
  );
}
