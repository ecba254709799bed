import { DesktopOutlined, LockOutlined, MobileOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { changePassword, endOwnSession, fetchOwnSessions } from '../../api/account';
import { errorMessage } from '../../api/client';
import { Caution } from '../../components/caution';
import { PageHeader } from '../../components/page-header';
import { NewPasswordFields } from '../../components/phone-code-fields';
import { quietLoading } from '../../components/quiet-loading';
import { applyFieldErrors } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/time';
import { useRequest } from '../../lib/use-request';
import { useSession } from '../../session/session-context';

interface PasswordFields {
  current: string;
  next: string;
  confirm: string;
}

/** 账号安全: change one's own password, and see and end one's open sessions. */
export function AccountPage() {
  const { state, refresh } = useSession();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm<PasswordFields>();
  const me = state.status === 'authenticated' ? state.me : null;
  const must = Boolean(me?.mustChangePassword);
  // Until the password is changed the server opens nothing else, the session list included.
  const sessions = useRequest(() => (must ? Promise.resolve([]) : fetchOwnSessions()), [must]);

  const submit = async ({ current, next }: PasswordFields) => {
    try {
      const done = await changePassword(current, next);
      form.resetFields();
      message.success(
        done.otherSessionsEnded > 0 ? `密码已修改，其他${done.otherSessionsEnded}处登录已退出` : '密码已修改',
      );
      if (must) refresh();
      else sessions.reload();
    } catch (error) {
      const unmatched = applyFieldErrors(form, error, ['current', 'next']);
      if (unmatched.length) message.error(unmatched.join('；'));
    }
  };

  const end = async (id: string) => {
    try {
      await endOwnSession(id);
      message.success('该处登录已退出');
      sessions.reload();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <>
      <PageHeader
        title="账号安全"
        description={me ? `登录用户名：${me.username}；已验证手机：${me.phoneMasked ?? '未绑定'}` : undefined}
      />
      {must || params.get('must') ? (
        <Caution testId="must-change-password">
          您的密码由管理员或评委会办事机构设置，请先修改为只有您知道的密码，再使用系统。
        </Caution>
      ) : null}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title="修改密码">
          <Form<PasswordFields> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
            <Form.Item
              name="current"
              label="当前密码"
              rules={[{ required: true, message: '请输入当前密码' }]}
            >
              <Input.Password id="current" prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <NewPasswordFields name="next" label="新密码" />
            <Button type="primary" htmlType="submit">
              修改密码
            </Button>
          </Form>
        </Card>
        {must ? null : (
          <Card
            title="登录中的设备"
            extra={<Typography.Text type="secondary">每类设备保留最近一次登录</Typography.Text>}
          >
            <List
              loading={quietLoading(sessions.loading)}
              dataSource={sessions.data ?? []}
              locale={{ emptyText: sessions.error ? errorMessage(sessions.error) : '没有登录中的会话' }}
              renderItem={(s) => (
                <List.Item
                  actions={
                    s.current
                      ? [
                          <Tag key="current" color="blue">
                            当前设备
                          </Tag>,
                        ]
                      : [
                          <Popconfirm key="end" title="让该处登录退出？" onConfirm={() => end(s.id)}>
                            <Button size="small" danger>
                              退出该处登录
                            </Button>
                          </Popconfirm>,
                        ]
                  }
                >
                  <List.Item.Meta
                    avatar={s.deviceClass === 'mobile' ? <MobileOutlined /> : <DesktopOutlined />}
                    title={s.deviceClass === 'mobile' ? '手机' : '电脑'}
                    description={`登录于 ${formatDateTime(s.createdAt)}，最近活动 ${formatDateTime(s.lastSeenAt)}`}
                  />
                </List.Item>
              )}
            />
          </Card>
        )}
      </Space>
    </>
  );
}
