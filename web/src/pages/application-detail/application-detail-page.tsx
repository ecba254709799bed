import { ArrowLeftOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { applicationFormPath, fetchApplication } from '../../api/applications';
import { ApplicationStateTag } from '../../components/application-state-tag';
import { ExportButton } from '../../components/export-button';
import { PageHeader } from '../../components/page-header';
import { quietLoading } from '../../components/quiet-loading';
import { RecordLoadFailure } from '../../components/record-load-failure';
import { useRequest } from '../../lib/use-request';
import { hasRole } from '../../session/access';
import { useMe } from '../../session/session-context';
import { ActionPanel } from './action-panel';
import { ApplicantPostsPanel } from './applicant-posts-panel';
import { ApplicantTitlesPanel } from './applicant-titles-panel';
import { ApplicationFacts } from './application-facts';
import { CommitmentsPanel } from './commitments-panel';
import { EligibilityPanel } from './eligibility-panel';
import { MaterialsPanel } from './materials-panel';
import { PublicityPanel } from './publicity-panel';
import { TimelinePanel } from './timeline-panel';

/**
 * 申报详情: one application as everyone who may see it reads it — the facts, the eligibility check with
 * its clauses, materials, commitments, publicity and objections, the record of each step — and the steps
 * this user may take now.
 */
export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { data: detail, error, loading, reload } = useRequest((signal) => fetchApplication(id, signal), [id]);
  const backTo = hasRole(me, 'applicant') ? '/my/applications' : '/applications';

  if (error && !detail) {
    return <RecordLoadFailure error={error} what="申报" onRetry={reload} backTo={backTo} />;
  }
  if (!detail) return <Skeleton active paragraph={{ rows: 10 }} />;

  return (
    <div data-testid="application-detail">
      <PageHeader
        title={
          <span data-testid="application-title">
            {detail.personName} · {detail.title}
          </span>
        }
        description={
          <Flex component="span" gap={8} align="center" wrap>
            <Typography.Text type="secondary">申报编号 {detail.number}</Typography.Text>
            <ApplicationStateTag state={detail.state} name={detail.stateName} />
            <Typography.Text type="secondary">{detail.employerName}</Typography.Text>
          </Flex>
        }
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(backTo)}>
              返回列表
            </Button>
            <ExportButton
              path={applicationFormPath(detail.id)}
              query={{}}
              fileName={`职称评审表-${detail.number}.pdf`}
              label="评审表PDF"
              icon={<FilePdfOutlined />}
            />
            <Button onClick={reload} loading={quietLoading(loading)}>
              刷新
            </Button>
          </>
        }
      />
      <Row gutter={16} align="top">
        <Col xs={24} xl={16}>
          <ApplicationFacts detail={detail} />
          <ApplicantTitlesPanel detail={detail} />
          <ApplicantPostsPanel detail={detail} />
          <EligibilityPanel detail={detail} />
          <MaterialsPanel detail={detail} />
          <CommitmentsPanel detail={detail} />
          <PublicityPanel detail={detail} onChanged={reload} />
        </Col>
        <Col xs={24} xl={8}>
          <ActionPanel detail={detail} onDone={reload} />
          <TimelinePanel detail={detail} />
        </Col>
      </Row>
    </div>
  );
}
