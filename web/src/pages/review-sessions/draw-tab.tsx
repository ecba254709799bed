import { Alert, Card, Empty, Flex, Typography } from 'antd';
import type { SessionDetail } from '../../api/review';
import { formatDateTime } from '../../lib/time';

/** One published value in large monospace type, copyable whole. */
function Published({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
}) {
  return (
    <div>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Paragraph
        copyable={{ text: value, tooltips: [`复制${label}`, '已复制'] }}
        style={{
          fontFamily: 'monospace',
          fontSize: 16,
          wordBreak: 'break-all',
          margin: '2px 0 0',
        }}
        data-testid={testId}
      >
        {value}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {hint}
      </Typography.Text>
    </div>
  );
}

/**
 * 抽取公示: the seed and the SM3 digests published before the draw. They and the frozen pool snapshot
 * fix the panel; any auditor reproduces it with the replay command.
 */
export function DrawTab({ detail }: { detail: SessionDetail }) {
  const { draw } = detail;
  if (!draw.seed || !draw.poolHash || !draw.inputsHash)
    return (
      <Empty description="尚未公布抽取种子：编排议程后公布种子，冻结专家库快照并公布其摘要，然后抽取专家" />
    );
  const replay = `bin/zhiping review replay-draw ${detail.id}`;
  return (
    <Card size="small" data-testid="draw-publication">
      <Flex vertical gap={16}>
        <Published
          label="抽取种子"
          value={draw.seed}
          hint={`公布于 ${formatDateTime(draw.seedPublishedAt)}`}
          testId="draw-seed"
        />
        <Published
          label="专家库快照 SM3 摘要"
          value={draw.poolHash}
          hint="公布种子时冻结的本年度专家库（专业组、层级、单位、申明关系）"
          testId="draw-pool-hash"
        />
        <Published
          label="回避依据 SM3 摘要"
          value={draw.inputsHash}
          hint="议程申报人的单位与材料文本，抽取时据此回避"
          testId="draw-inputs-hash"
        />
        <Typography.Text>
          抽取时间：
          {draw.drawnAt ? (
            formatDateTime(draw.drawnAt)
          ) : (
            <Typography.Text type="secondary">尚未抽取</Typography.Text>
          )}
        </Typography.Text>
        <Alert
          type="info"
          showIcon
          title="复现核验"
          description={
            <>
              审计人员可凭种子和专家库快照复现抽取结果，并与记录的专家组逐席比对：
              <Typography.Paragraph
                code
                copyable={{ text: replay, tooltips: ['复制命令', '已复制'] }}
                style={{ margin: '6px 0 0' }}
                data-testid="replay-command"
              >
                {replay}
              </Typography.Paragraph>
            </>
          }
        />
      </Flex>
    </Card>
  );
}
