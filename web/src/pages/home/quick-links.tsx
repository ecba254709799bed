import { Card, Col, Row, Typography } from 'antd';
import { createElement } from 'react';
import { Link } from 'react-router';
import type { Me } from '../../api/auth';
import { shortcutsFor } from '../../navigation';

/** Shortcuts to the user's other pages, from the same table as the menu so neither can lead nowhere. */
export function QuickLinks({ me }: { me: Me }) {
  const others = shortcutsFor(me);
  if (others.length === 0) return null;
  return (
    <Card title="常用功能" size="small">
      <Row gutter={[12, 12]}>
        {others.map((page) => (
          <Col key={page.path} xs={12} md={8} xl={4}>
            <Link to={page.path}>
              <Card size="small" hoverable styles={{ body: { textAlign: 'center', padding: '16px 8px' } }}>
                <div style={{ fontSize: 22, color: '#1f5fbf' }}>{createElement(page.icon)}</div>
                <Typography.Text>{page.shortcut ?? page.title}</Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
