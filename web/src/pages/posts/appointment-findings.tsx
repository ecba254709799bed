import { Alert, Flex, List, Tag, Typography } from 'antd';
import { APPOINTMENT_GUARDS } from '../../../../src/domain/posts/appointment-guard-table';
import { ApiError, errorMessage } from '../../api/client';
import type { AppointmentCheck, AppointmentFinding } from '../../api/posts';
import { CitationTag } from '../../components/citation-tag';

/**
 * The findings of a refused proposal or filing (422): the server sends each failing guard with its
 * reason and clauses in `details` (a wait with its `from`), so they read like the form's live check.
 */
export function findingsOfRefusal(error: unknown): AppointmentFinding[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const details = error.details as Partial<AppointmentFinding & { message: string }>[];
  if (!details.every((d) => d.key && Array.isArray(d.citations))) return null;
  return details.map((d) => ({
    key: d.key!,
    name: APPOINTMENT_GUARDS[d.key!]?.name ?? '',
    status: d.from ? 'wait' : 'fail',
    reason: d.message ?? '',
    citations: d.citations!,
    ...(d.from ? { from: d.from } : {}),
  }));
}

/**
 * The title of a refusal: the server's sentence without the first reason it quotes after the colon,
 * since every reason is listed under it; a wait's message (with the moved date) is kept whole.
 */
export function refusalTitle(error: unknown): string {
  const text = errorMessage(error);
  return error instanceof ApiError && error.code === 'APPOINTMENT_REFUSED'
    ? (text.split('：')[0] ?? text)
    : text;
}

/** The earliest date a wait names, as the user reads it. */
const waitLine = (from: string) => `最早可于 ${from} 聘用`;

function FindingItem({ finding }: { finding: AppointmentFinding }) {
  const waiting = finding.status === 'wait';
  return (
    <List.Item style={{ paddingInline: 0 }} data-testid="appointment-finding" data-status={finding.status}>
      <Flex vertical gap={4} style={{ minWidth: 0 }}>
        <Flex gap={6} wrap align="baseline">
          <Tag color={waiting ? 'orange' : 'red'}>{waiting ? '待满足' : '不符合'}</Tag>
          {finding.name ? <Typography.Text strong>{finding.name}</Typography.Text> : null}
        </Flex>
        <Typography.Text data-testid="appointment-finding-reason">{finding.reason}</Typography.Text>
        {waiting && finding.from ? (
          <Typography.Text type="warning" data-testid="appointment-finding-wait">
            {waitLine(finding.from)}
          </Typography.Text>
        ) : null}
        <Flex gap={4} wrap>
          {finding.citations.map((citation) => (
            <CitationTag key={`${citation.document}-${citation.clause}`} citation={citation} />
          ))}
        </Flex>
      </Flex>
    </List.Item>
  );
}

interface Props {
  /** The server's check, live or kept with the record; `null` before the first answer. */
  check: Pick<AppointmentCheck, 'findings' | 'applied' | 'notes' | 'earliestDate' | 'titleDueDate'> | null;
  /** A refused step's findings, shown in place of the check's. */
  refused?: readonly AppointmentFinding[] | null;
  /** The refusal's own words (e.g. the date the draft was moved to). */
  refusedMessage?: string | null;
  /** What a clean check means here: 可以提交公示 on a draft, only a record of the check on a later state. */
  allowedTitle?: string;
}

/**
 * Every rule the appointment was judged by: what fails (red) or waits for a date (orange), each with
 * its reason and clauses; what passed, in green; the guards' notes (先聘后评, 退二进一).
 */
export function AppointmentFindings({
  check,
  refused,
  refusedMessage,
  allowedTitle = '符合聘用规定，可以提交公示',
}: Props) {
  if (!check && !refused) return null;
  const findings = refused ?? check?.findings ?? [];
  const failing = new Set(findings.map((f) => f.key));
  const passed = (check?.applied ?? []).filter((key) => !failing.has(key));
  return (
    <Flex vertical gap={12} data-testid="appointment-findings">
      {findings.length > 0 ? (
        <Alert
          type={findings.every((f) => f.status === 'wait') ? 'warning' : 'error'}
          showIcon
          title={refusedMessage ?? `不符合规定的项目（${findings.length}项）`}
          description={
            <List size="small" dataSource={[...findings]} renderItem={(f) => <FindingItem finding={f} />} />
          }
        />
      ) : check ? (
        <Alert type="success" showIcon title={allowedTitle} data-testid="appointment-allowed" />
      ) : null}
      {check?.earliestDate ? (
        <Alert type="warning" showIcon title={`仅差时间条件：${waitLine(check.earliestDate)}`} />
      ) : null}
      {check?.titleDueDate ? (
        <Alert type="info" showIcon title={`先聘后评：应于 ${check.titleDueDate} 前取得相应职称`} />
      ) : null}
      {(check?.notes ?? []).map((note) => (
        <Alert
          key={note.key}
          type="info"
          showIcon
          title={note.note}
          description={
            <Flex gap={4} wrap>
              {note.citations.map((c) => (
                <CitationTag key={`${c.document}-${c.clause}`} citation={c} />
              ))}
            </Flex>
          }
        />
      ))}
      {passed.length > 0 ? (
        <Flex gap={4} wrap data-testid="appointment-passes">
          {passed.map((key) => (
            <Tag key={key} color="success" style={{ whiteSpace: 'normal' }}>
              ✓ {APPOINTMENT_GUARDS[key]?.name ?? key}
            </Tag>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
