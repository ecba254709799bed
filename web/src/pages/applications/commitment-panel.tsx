import { Alert, Flex, Skeleton, Typography, theme } from 'antd';
import { type CommitmentKind, fetchCommitments } from '../../api/applications';
import { errorMessage } from '../../api/client';
import { CitationTag } from '../../components/citation-tag';
import { useRequest } from '../../lib/use-request';

/** The current wording of a commitment (个人承诺 / 单位承诺), as it will be signed, with its source. */
export function CommitmentPanel({ kind }: { kind: CommitmentKind }) {
  const { token } = theme.useToken();
  const texts = useRequest(() => fetchCommitments(), []);
  const text = texts.data?.find((candidate) => candidate.kind === kind);
  if (texts.error)
    return <Alert type="error" showIcon title={`承诺书加载失败：${errorMessage(texts.error)}`} />;
  if (!text) return <Skeleton active paragraph={{ rows: 3 }} />;
  return (
    <div
      data-testid={`commitment-${kind}`}
      style={{
        border: `1px solid ${token.colorBorderSecondary}`,
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadius,
        padding: '12px 16px',
      }}
    >
      <Typography.Title level={5} style={{ textAlign: 'center', marginTop: 0 }}>
        {text.title}
      </Typography.Title>
      <Typography.Paragraph style={{ textIndent: '2em', marginBottom: 8 }}>{text.text}</Typography.Paragraph>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          文本版本 {text.version}
        </Typography.Text>
        <CitationTag citation={text.citation} />
      </Flex>
    </div>
  );
}
