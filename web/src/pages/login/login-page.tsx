import {
  BankOutlined,
  FileSearchOutlined,
  LockOutlined,
  MessageOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  UserAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type FormNotice, NoticeAlert } from '../../components/notice-alert';
import { quietLoading } from '../../components/quiet-loading';
import { AuthFrame } from '../../layout/auth-frame';
import { useDocumentTitle } from '../../layout/use-document-title';
import { applyFieldErrors } from '../../lib/form-errors';
import { useSession } from '../../session/session-context';

/** The ways in besides signing in: for those without an account, and for the public. */
const entryLinks = [
  { to: '/forgot-password', testId: 'forgot-link', icon: <LockOutlined />, label: '忘记密码' },
  { to: '/register', testId: 'register-link', icon: <UserAddOutlined />, label: '注册账号' },
  { to: '/register-unit', testId: 'register-unit-link', icon: <BankOutlined />, label: '单位注册' },
  {
    to: '/self-check',
    testId: 'self-check-link',
    icon: <FileSearchOutlined />,
    label: '申报条件自测（无需登录）',
  },
  { to: '/publicity', testId: 'publicity-link', icon: <NotificationOutlined />, label: '公示公告' },
  // The verification page is served by the server itself (tiny, no app), hence a plain link.
  {
    to: '/verify',
    testId: 'verify-link',
    icon: <SafetyCertificateOutlined />,
    label: '证书查验',
    plain: true,
  },
  { to: '/report', testId: 'report-link', icon: <MessageOutlined />, label: '投诉举报' },
];

interface Credentials {
  username: string;
  password: string;
}

/**
 * Where to go after login: the page the user was sent away from, but only a path on this site
 * (an absolute or protocol-relative address would make this an open redirect).
 */
export function safeRedirect(target: string | null): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/';
  return target;
}

export function LoginPage() {
  const { state, signIn } = useSession();
  const [form] = Form.useForm<Credentials>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<FormNotice>();
  const target = safeRedirect(params.get('redirect'));

  useDocumentTitle('登录');

  if (state.status === 'authenticated' && !submitting) return <Navigate to={target} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setSubmitting(true);
    setFailure(undefined);
    try {
      await signIn(username.trim(), password);
      navigate(target, { replace: true });
    } catch (error) {
      const unmatched = applyFieldErrors(form, error, ['username', 'password']);
      // Locked and rate-limited are "wait", not "wrong": show them as warnings.
      const waiting = error instanceof ApiError && (error.status === 423 || error.status === 429);
      if (unmatched.length > 0)
        setFailure({ message: unmatched.join('；'), type: waiting ? 'warning' : 'error' });
      if (error instanceof ApiError && error.status === 401) form.setFieldValue('password', '');
      setSubmitting(false);
    }
  };

  return (
    <AuthFrame title="用户登录">
      {params.get('expired') && !failure ? (
        <Alert
          type="info"
          showIcon
          title={
            params.get('expired') === 'replaced'
              ? '您的账号已在其他地方登录，本处登录已失效，请重新登录。如非本人操作，请联系管理员重置密码。'
              : '登录已超时或已在别处退出，请重新登录。'
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <NoticeAlert notice={failure} testId="login-error" />

      <Form<Credentials> form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="username"
          label="用户名"
          rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
        >
          <Input
            id="username"
            prefix={<UserOutlined />}
            placeholder="请输入用户名"
            autoComplete="username"
            autoFocus
          />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password
            id="password"
            prefix={<LockOutlined />}
            placeholder="请输入密码"
            autoComplete="current-password"
          />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={quietLoading(submitting)}>
            登录
          </Button>
        </Form.Item>
      </Form>
      <Flex justify="center" gap={24} wrap style={{ marginTop: 20 }}>
        {entryLinks.map(({ to, testId, icon, label, plain }) =>
          plain ? (
            <a key={to} href={to} data-testid={testId}>
              {icon} {label}
            </a>
          ) : (
            <Link key={to} to={to} data-testid={testId}>
              {icon} {label}
            </Link>
          ),
        )}
      </Flex>
    </AuthFrame>
  );
}
