import { Card, Empty, Flex, Typography } from 'antd';
import { TITLE_RECORD_SOURCE_NAMES } from '../../../../src/domain/profile/title-check-label';
import type { ApplicationDetail } from '../../api/applications';
import { ListAlert } from '../../components/list-alert';
import { TitleCheckTag, titleWithSeries } from '../../components/title-check-tag';
import { titleViaNames } from '../../lib/policy-labels';

/**
 * 现有职称: the titles the applicant declares, each marked 已核验 (a certificate in the ledger, an imported
 * historical record or a title on record backs it) or 本人申报, and the records the applicant left out —
 * what a reviewer checks against the originals.
 */
export function ApplicantTitlesPanel({ detail }: { detail: ApplicationDetail }) {
  const titles = detail.applicant?.titles;
  const verification = detail.verification;
  if (!titles || !verification) return null;
  const unverified = verification.titles.filter((t) => !t.verified).length;
  return (
    <Card
      size="small"
      title="现有职称"
      extra={
        titles.length > 0 ? (
          <Typography.Text type="secondary">
            已核验 {titles.length - unverified} / {titles.length}
          </Typography.Text>
        ) : null
      }
      style={{ marginBottom: 16 }}
      data-testid="applicant-titles"
    >
      {titles.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="申报人未填报已取得的职称" />
      ) : (
        <Flex vertical gap={10}>
          {verification.titles.map((check) => {
            const title = titles[check.index];
            if (!title) return null;
            // A title's place in the declared list is what its check refers to.
            return (
              <Flex key={check.index} gap="4px 12px" align="center" wrap data-testid="applicant-title">
                <Typography.Text strong>{titleWithSeries(title)}</Typography.Text>
                <Typography.Text type="secondary">
                  {title.obtainedOn} 取得 · {titleViaNames[title.via]}
                </Typography.Text>
                <TitleCheckTag check={check} />
                {check.certificateNumber ? (
                  <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
                    {check.certificateNumber}
                  </Typography.Text>
                ) : null}
              </Flex>
            );
          })}
        </Flex>
      )}
      {verification.unclaimedRecords.length > 0 ? (
        <ListAlert
          type="warning"
          style={{ marginTop: 12 }}
          testId="unclaimed-records"
          title="系统中另有申报人未填报的职称记录"
        >
          {verification.unclaimedRecords.map((record) => (
            <li key={record.id}>
              {titleWithSeries(record)}，{record.obtainedOn} 取得（
              {TITLE_RECORD_SOURCE_NAMES[record.source]}
              {record.certificateNumber ? ` ${record.certificateNumber}` : ''}）
            </li>
          ))}
        </ListAlert>
      ) : null}
    </Card>
  );
}
