import { Card, Empty, Timeline, Typography } from 'antd';
import type { ApplicationDetail, TimelineEntry } from '../../api/applications';
import { eventNames, isSetback } from '../../lib/application-labels';
import { formatDateTime } from '../../lib/time';

function colourOf(entry: TimelineEntry): string {
  if (entry.toState === 'accepted') return 'green';
  if (isSetback(entry.event) || entry.toState === 'returned' || entry.toState === 'not-recommended')
    return 'red';
  return 'blue';
}

/** Who acted: role, person and unit, e.g. 用人单位 · 孙丽娜（人事专员） · 鞍山恒信通信有限公司. */
function actorOf(entry: TimelineEntry): string {
  return [entry.actorRoleName, entry.actorName, entry.organisationName].filter(Boolean).join(' · ');
}

/** 办理记录: every step taken on the application, oldest first, times in Beijing time. */
export function TimelinePanel({ detail }: { detail: ApplicationDetail }) {
  return (
    <Card size="small" title="办理记录" style={{ marginBottom: 16 }} data-testid="timeline">
      {detail.timeline.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无办理记录" />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={detail.timeline.map((entry) => ({
            key: `${entry.event}-${entry.occurredAt}`,
            color: colourOf(entry),
            content: (
              <div data-testid="timeline-entry">
                <Typography.Text strong>{eventNames[entry.event] ?? entry.event}</Typography.Text>
                <Typography.Text type="secondary"> → {entry.toStateName}</Typography.Text>
                <div>
                  <Typography.Text style={{ fontSize: 13 }}>{actorOf(entry)}</Typography.Text>
                </div>
                {entry.reason ? (
                  <Typography.Paragraph
                    style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}
                    type={isSetback(entry.event) ? 'danger' : undefined}
                  >
                    {isSetback(entry.event) ? '理由：' : '意见：'}
                    {entry.reason}
                  </Typography.Paragraph>
                ) : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(entry.occurredAt)}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
