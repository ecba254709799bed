import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { type ExpertItems, fetchMyItems } from '../../api/expert-portal';
import { quietLoading } from '../../components/quiet-loading';
import { RecordLoadFailure } from '../../components/record-load-failure';
import { useModalTarget } from '../../lib/use-modal-target';
import { useRequest } from '../../lib/use-request';
import { BlindItemCard } from './blind-item-card';
import { RecusalModal } from './recusal-modal';

/** A stage the expert works in: how far they are (the title) and the rules of the stage. */
function ProgressNotice({
  type,
  title,
  children,
}: {
  type: 'info' | 'warning';
  title: string;
  children: string;
}) {
  return <Alert type={type} showIcon title={title} description={children} />;
}

/** What the expert is to do in this stage, and how far they are. */
function StageNotice({ data }: { data: ExpertItems }) {
  const { session, items } = data;
  if (session.canScore) {
    const scored = items.filter((i) => i.myScore).length;
    return (
      <ProgressNotice type="info" title={`初审评分：已评 ${scored} / ${items.length} 项`}>
        请逐项评分并填写评审意见；表决开始前可以修改。申报人身份信息已隐去，只以编号区分。
      </ProgressNotice>
    );
  }
  if (session.canVote) {
    const voted = items.filter((i) => i.voted).length;
    return (
      <ProgressNotice type="warning" title={`会议表决：已投 ${voted} / ${items.length} 项`}>
        每项只投一票（同意、不同意或弃权），投出后不能更改；表决只进行一轮，不得委托他人投票。
      </ProgressNotice>
    );
  }
  if (session.status === 'voting')
    return <Alert type="error" showIcon title="您未被点名为到会专家，不能参加本次表决" />;
  return <Alert type="info" showIcon title={`会议当前为「${session.statusName}」，暂无需要您办理的事项`} />;
}

/**
 * 评审事项: the expert's blind items of one session, as cards that read well on a phone — score
 * in the initial review, ballot at the meeting, recusal where there is a conflict.
 */
export function ExpertItemsPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useRequest((signal) => fetchMyItems(id, signal), [id]);
  const recusing = useModalTarget<string>(reload);

  if (error && !data) {
    return (
      <RecordLoadFailure
        error={error}
        what="评审事项"
        missingTitle="评审会议不存在或您不在本次专家组中"
        backTo="/expert"
        backLabel="返回我的评审会议"
      />
    );
  }
  if (!data) return <Skeleton active paragraph={{ rows: 8 }} />;

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }} data-testid="expert-items">
      <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/expert')}>
          返回
        </Button>
        <Button icon={<ReloadOutlined />} onClick={reload} loading={quietLoading(loading)}>
          刷新
        </Button>
      </Flex>
      <Typography.Title level={4} style={{ margin: '8px 0 4px' }} data-testid="expert-session-title">
        {data.session.name}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 12 }}>
        {data.session.heldOn} · {data.session.statusName}
      </Typography.Text>
      <StageNotice data={data} />
      <Flex vertical gap={12} style={{ marginTop: 12 }}>
        {data.items.length === 0 ? (
          <Empty description="没有需要您评审的事项" />
        ) : (
          data.items.map((item) => (
            <BlindItemCard
              key={item.code}
              session={data.session}
              item={item}
              onChanged={reload}
              onRecuse={recusing.open}
            />
          ))
        )}
      </Flex>
      <RecusalModal sessionId={data.session.id} code={recusing.target} onClose={recusing.close} />
    </div>
  );
}
