import { Card, Empty, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ApplicationDetail } from '../../api/applications';
import { formatDateTime } from '../../lib/time';

/**
 * 承诺书: the personal and unit commitments signed on this application, each with the version and the
 * SM3 digest of the exact text agreed to, so a later change of wording never alters what was signed.
 */
export function CommitmentsPanel({ detail }: { detail: ApplicationDetail }) {
  return (
    <Card size="small" title="承诺书" style={{ marginBottom: 16 }} data-testid="commitments-panel">
      {detail.commitments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未签署承诺书" />
      ) : (
        <Flex vertical gap={8}>
          {detail.commitments.map((commitment) => (
            <Flex
              key={`${commitment.kind}-${commitment.signedAt}`}
              gap={8}
              align="center"
              wrap
              data-testid="signed-commitment"
            >
              <Tag color={commitment.kind === 'unit' ? 'blue' : 'green'}>
                {commitment.kind === 'unit' ? '单位承诺' : '个人承诺'}
              </Tag>
              <Typography.Text strong>{commitment.title}</Typography.Text>
              <Typography.Text type="secondary">
                文本版本 {commitment.textVersion} · 签署于 {formatDateTime(commitment.signedAt)}
              </Typography.Text>
              <Tooltip title={`承诺书文本 SM3：${commitment.textSm3}`}>
                <Typography.Text code style={{ fontSize: 12 }}>
                  SM3 {commitment.textSm3.slice(0, 8)}…
                </Typography.Text>
              </Tooltip>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
