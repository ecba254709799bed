import { Alert, Descriptions, Modal, Skeleton, Space, Typography } from 'antd';
import { errorMessage } from '../../api/client';
import { type FindingRow, fetchFinding } from '../../api/integrity';
import { CitationTag } from '../../components/citation-tag';
import { formatDateTime } from '../../lib/time';
import { useRequest } from '../../lib/use-request';
import { BanTag } from './finding-columns';

interface Props {
  /** The finding to show; `null` keeps the modal closed. */
  finding: FindingRow | null;
  onClose: () => void;
}

/** A finding in full: the facts and evidence it rests on, the titles it revoked and the ban's basis. */
export function FindingDetailModal({ finding, onClose }: Props) {
  const detail = useRequest(
    (signal) => (finding ? fetchFinding(finding.id, signal) : Promise.resolve(undefined)),
    [finding?.id],
  );
  const { data, error, loading } = detail;
  return (
    <Modal
      open={finding !== null}
      title={`失信行为记录：${finding?.personName ?? ''}`}
      footer={null}
      onCancel={onClose}
      width={720}
    >
      {error ? <Alert type="error" showIcon title={errorMessage(error)} /> : null}
      {loading || !data ? (
        error ? null : (
          <Skeleton active />
        )
      ) : (
        <Descriptions column={1} size="small" bordered styles={{ label: { width: 120 } }}>
          <Descriptions.Item label="姓名">{data.personName}</Descriptions.Item>
          <Descriptions.Item label="身份证号码">
            <Typography.Text style={{ fontFamily: 'monospace' }}>{data.personIdMasked}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="所在地区">{data.regionName}</Descriptions.Item>
          <Descriptions.Item label="认定机关">{data.authorityName}</Descriptions.Item>
          <Descriptions.Item label="决定文号">{data.decisionNumber}</Descriptions.Item>
          <Descriptions.Item label="认定日期">{data.decidedOn}</Descriptions.Item>
          <Descriptions.Item label="禁止申报">
            <Space wrap>
              <BanTag finding={data} />
              <span>{data.banYears}年</span>
              <CitationTag citation={data.citation} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="撤销证书">
            {data.revokedCertificates.length ? data.revokedCertificates.join('、') : '无'}
          </Descriptions.Item>
          <Descriptions.Item label="弄虚作假事实">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {data.facts}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="证据材料">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {data.evidence}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="记录时间">{formatDateTime(data.recordedAt)}</Descriptions.Item>
        </Descriptions>
      )}
    </Modal>
  );
}
