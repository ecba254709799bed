import { Card, Descriptions, Divider, Empty, Flex, Tag, Typography } from 'antd';
import type { ApplicationDetail, Objection } from '../../api/applications';
import {
  objectionStatusColours,
  objectionStatusNames,
  publicityKindNames,
} from '../../lib/application-labels';
import { formatDateTime } from '../../lib/time';
import { ObjectionResolveForm } from './objection-resolve-form';

function ObjectionItem({ objection, onChanged }: { objection: Objection; onChanged: () => void }) {
  return (
    <Card size="small" type="inner" data-testid="objection" style={{ marginBottom: 8 }}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <Tag color={objectionStatusColours[objection.status]}>{objectionStatusNames[objection.status]}</Tag>
        <Typography.Text type="secondary">
          {publicityKindNames[objection.noticeKind]}期间提出 · {formatDateTime(objection.createdAt)}
        </Typography.Text>
      </Flex>
      <Descriptions
        size="small"
        column={1}
        items={[
          ...(objection.complainantName
            ? [
                {
                  key: 'who',
                  label: '异议人',
                  children: `${objection.complainantName}（${objection.contact ?? '—'}）`,
                },
              ]
            : []),
          { key: 'content', label: '异议内容', children: objection.content },
          ...(objection.outcome
            ? [
                {
                  key: 'outcome',
                  label: '处理结果',
                  children: `${objection.outcome}（${formatDateTime(objection.handledAt)}）`,
                },
              ]
            : []),
        ]}
      />
      {objection.canResolve ? <ObjectionResolveForm objection={objection} onResolved={onChanged} /> : null}
    </Card>
  );
}

/** 公示与异议: the publicity periods of this application and the objections raised against it. */
export function PublicityPanel({ detail, onChanged }: { detail: ApplicationDetail; onChanged: () => void }) {
  return (
    <Card size="small" title="公示与异议" style={{ marginBottom: 16 }} data-testid="publicity-panel">
      {detail.publicity.length === 0 ? (
        <Typography.Text type="secondary">尚未公示</Typography.Text>
      ) : (
        <Flex vertical gap={4}>
          {detail.publicity.map((period) => (
            <Typography.Text key={period.id} data-testid="publicity-period">
              <Tag color={period.kind === 'unit' ? 'blue' : 'purple'}>{publicityKindNames[period.kind]}</Tag>
              {period.startsOn} 至 {period.endsOn}
            </Typography.Text>
          ))}
        </Flex>
      )}
      <Divider titlePlacement="start" style={{ marginBlock: 12 }}>
        异议（{detail.objections.length}）
      </Divider>
      {detail.objections.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="公示期间未收到异议" />
      ) : (
        detail.objections.map((objection) => (
          <ObjectionItem key={objection.id} objection={objection} onChanged={onChanged} />
        ))
      )}
    </Card>
  );
}
