import { Card, Col, Row, Statistic } from 'antd';
import type { HomeCard } from '../../api/home';

/** The role's key figures, one small card each, four to a row on a desktop screen. */
export function StatCards({ cards }: { cards: HomeCard[] }) {
  if (cards.length === 0) return null;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((card) => (
        <Col key={card.key} xs={24} sm={12} lg={8} xl={6}>
          <Card size="small" data-testid={`home-card-${card.key}`}>
            <Statistic title={card.title} value={card.value} suffix={card.suffix} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
