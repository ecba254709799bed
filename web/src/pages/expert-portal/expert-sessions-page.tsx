import { RightOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { type ExpertSession, listMySessions } from '../../api/expert-portal';
import { useRequest } from '../../lib/use-request';
import { sessionStateColour } from '../review-sessions/session-labels';

const roleNames: Record<ExpertSession['role'], string> = { member: '委员', alternate: '替补专家' };

/** What the expert has to do in the session now, in a word. */
function todo(session: ExpertSession): string | null {
  if (session.status === 'drawn') return '待初审评分';
  if (session.status === 'voting') return session.attendance === 'present' ? '待表决' : null;
  return null;
}

function SessionCard({ session }: { session: ExpertSession }) {
  const task = todo(session);
  return (
    <Link to={`/expert/sessions/${session.sessionId}`} aria-label={`进入 ${session.name}`}>
      <Card size="small" hoverable data-testid="expert-session">
        <Flex justify="space-between" align="center" gap={8}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 16, display: 'block' }}>
              {session.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
              {session.committeeName}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
              {session.heldOn} · {session.place}
            </Typography.Text>
            <Flex gap={6} wrap style={{ marginTop: 6 }}>
              <Tag color={sessionStateColour(session.status)}>{session.statusName}</Tag>
              <Tag>
                {session.group} · {roleNames[session.role]}
              </Tag>
              {session.greenChannel ? <Tag color="green">绿色通道</Tag> : null}
              {task ? <Tag color="red">{task}</Tag> : null}
            </Flex>
          </div>
          <RightOutlined style={{ color: '#bfbfbf' }} />
        </Flex>
      </Card>
    </Link>
  );
}

/** 专家评审: the sessions the expert sits on, newest first, each leading to its blind items. */
export function ExpertSessionsPage() {
  const { data, error } = useRequest((signal) => listMySessions(signal), []);
  const sessions = [...(data ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        我的评审会议
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        初审时逐项评分并填写意见；会议点名后逐项投票，每项一票、只进行一轮。申报人信息已匿名处理。
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />
      ) : null}
      {!data && !error ? <Skeleton active /> : null}
      {data && sessions.length === 0 ? <Empty description="您尚未被抽取为评审专家" /> : null}
      <Flex vertical gap={12} data-testid="expert-sessions">
        {sessions.map((session) => (
          <SessionCard key={session.sessionId} session={session} />
        ))}
      </Flex>
    </div>
  );
}
