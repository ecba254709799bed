import { Empty, Timeline, Typography } from 'antd';
import type { CertificateEvent } from '../../api/certificates';
import { formatDateTime } from '../../lib/time';

const colours: Record<string, string> = {
  issued: 'green',
  imported: 'blue',
  replaced: 'green',
  voided: 'gray',
  revoked: 'red',
};

/** The documents and numbers an event may carry, and how to name them. */
const dataLabels = [
  { key: 'announcementNumber', label: '发文文号', number: false },
  { key: 'oldNumber', label: '补换前编号', number: true },
  { key: 'newNumber', label: '补换后编号', number: true },
] as const;

function dataLines(data: Record<string, unknown>) {
  return dataLabels.flatMap(({ key, label, number }) =>
    typeof data[key] === 'string' ? [{ label, value: data[key] as string, number }] : [],
  );
}

/** 台账记录: the certificate's history in the ledger, oldest first, times in Beijing time. */
export function CertificateEvents({ events }: { events: CertificateEvent[] }) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无台账记录" />;
  return (
    <Timeline
      data-testid="certificate-events"
      items={events.map((event, index) => ({
        key: `${event.kind}-${event.at}-${index}`,
        color: colours[event.kind] ?? 'blue',
        content: (
          <div data-testid="certificate-event">
            <Typography.Text strong>{event.name}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {formatDateTime(event.at)}
            </Typography.Text>
            {event.reason ? (
              <Typography.Paragraph
                style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}
                type={event.kind === 'revoked' ? 'danger' : undefined}
              >
                原因：{event.reason}
              </Typography.Paragraph>
            ) : null}
            {event.authority ? <div>决定机关及文号：{event.authority}</div> : null}
            {dataLines(event.data).map(({ label, value, number }) => (
              <div key={label}>
                {label}：<span style={number ? { fontFamily: 'monospace' } : undefined}>{value}</span>
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
