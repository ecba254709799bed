import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Brand, systemName } from './brand';

/** The frame of the pages before login (登录, 注册): the brand on a band of colour, one card, a footer. */
export function AuthFrame({
  title,
  width = 400,
  children,
}: {
  title: string;
  width?: number;
  children: ReactNode;
}) {
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(160deg, #0f2a52 0%, #1f5fbf 55%, #e8eef8 55.1%, #f3f6fa 100%)',
      }}
    >
      <div style={{ padding: '28px 40px', color: '#fff' }}>
        <Brand size="large" />
      </div>
      <div style={{ flex: 1, display: 'grid', placeItems: 'center', padding: 24 }}>
        <Card
          style={{ width: '100%', maxWidth: width, boxShadow: '0 12px 40px rgba(15, 42, 82, 0.25)' }}
          styles={{ body: { padding: 32 } }}
        >
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4, textAlign: 'center' }}>
            {title}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 24 }}>
            {systemName}
          </Typography.Paragraph>
          {children}
        </Card>
      </div>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', padding: 16, margin: 0 }}>
        建议使用最新版 Chrome、Edge 或国产浏览器的极速模式访问
      </Typography.Paragraph>
    </div>
  );
}
