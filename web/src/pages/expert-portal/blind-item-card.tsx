import { Button, Card, Collapse, Flex, Tag, Typography } from 'antd';
import type { BlindItem, ExpertItems } from '../../api/expert-portal';
import { BallotButtons } from './ballot-buttons';
import { BlindRecord } from './blind-record';
import { ScoreForm } from './score-form';

interface Props {
  session: ExpertItems['session'];
  item: BlindItem;
  onChanged: () => void;
  onRecuse: (code: string) => void;
}

/** Recusal is open while the item is reviewed or voted on, and not after the expert voted on it. */
const RECUSAL_OPEN: readonly string[] = ['drawn', 'voting'];

/**
 * One item of the blind review, sized for a phone: the anonymous code and target, the record,
 * then what the stage allows — the score form in the initial review, the ballot at the meeting.
 */
export function BlindItemCard({ session, item, onChanged, onRecuse }: Props) {
  const mayRecuse = RECUSAL_OPEN.includes(session.status) && !item.voted;
  return (
    <Card
      size="small"
      data-testid="blind-item"
      title={
        <Flex align="center" gap={8} wrap>
          <Typography.Text code style={{ fontSize: 16 }} data-testid="item-code">
            {item.code}
          </Typography.Text>
          <span style={{ whiteSpace: 'normal' }}>{item.title}</span>
        </Flex>
      }
      styles={{ header: { paddingBlock: 8 } }}
    >
      <Flex gap={6} wrap style={{ marginBottom: 8 }}>
        <Tag>{item.pathwayName}</Tag>
        <Tag>{item.group}</Tag>
        {item.greenChannel ? <Tag color="green">绿色通道</Tag> : null}
        <Tag color={item.eligibleAtFiling ? 'success' : 'warning'}>
          资格审查{item.eligibleAtFiling ? '符合' : '有未满足条件'}
        </Tag>
        {item.myScore && !session.canScore ? <Tag color="blue">我的评分 {item.myScore.score}</Tag> : null}
      </Flex>
      {item.unmetAtFiling.length > 0 ? (
        <ul style={{ margin: '0 0 8px', paddingInlineStart: 18, color: '#ad6800' }}>
          {item.unmetAtFiling.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'record',
            label: '申报人业绩档案（已隐去身份信息）',
            children: item.record ? (
              <BlindRecord record={item.record} />
            ) : (
              <Typography.Text type="secondary">暂无档案信息</Typography.Text>
            ),
          },
        ]}
        style={{ marginBottom: 8 }}
      />
      <Flex vertical gap={12}>
        {session.canScore ? <ScoreForm sessionId={session.id} item={item} onSaved={onChanged} /> : null}
        {session.canVote || item.voted ? (
          <BallotButtons sessionId={session.id} code={item.code} voted={item.voted} onCast={onChanged} />
        ) : null}
        {mayRecuse ? (
          <Button
            type="link"
            danger
            onClick={() => onRecuse(item.code)}
            style={{ alignSelf: 'flex-start', padding: 0 }}
          >
            申请回避
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
