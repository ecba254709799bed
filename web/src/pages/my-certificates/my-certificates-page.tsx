import { Alert, Col, Empty, Row, Skeleton } from 'antd';
import { fetchMyCertificates } from '../../api/certificates';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { ReloadButton } from '../../components/reload-button';
import { useRequest } from '../../lib/use-request';
import { MyCertificateCard } from './my-certificate-card';

/**
 * 我的证书: the applicant's professional-title certificates, issued after a review here or
 * imported from the historical records (matched by ID number), newest first.
 */
export function MyCertificatesPage() {
  const certificates = useRequest((signal) => fetchMyCertificates(signal), []);
  const { data, error, loading } = certificates;
  const items = data?.items ?? [];

  return (
    <>
      <PageHeader
        title="我的证书"
        description="本人取得的职称证书，含评审签发和历史导入的记录。"
        extra={<ReloadButton request={certificates} />}
      />
      <Alert
        type="info"
        showIcon
        title="电子证书带有数字签名和查验二维码"
        description="电子证书采用SM2国密算法签名，证书上的二维码指向公开查验页；用人单位等第三方扫码或输入证书编号即可核验真伪，页面隐去持证人的部分姓名，不显示身份证号码。"
        style={{ marginBottom: 16 }}
      />
      <ProblemAlert error={error} title="证书加载失败" style={{ marginBottom: 16 }} />
      {!data && loading ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {data && items.length === 0 ? (
        <Empty
          description="暂无职称证书。评审通过并发文公布后将自动签发电子证书；历史职称数据导入后也会显示在这里。"
          style={{ padding: '48px 0' }}
        />
      ) : null}
      <Row gutter={[16, 16]} data-testid="my-certificates">
        {items.map((certificate) => (
          <Col key={certificate.id} xs={24} lg={12} xxl={8}>
            <MyCertificateCard certificate={certificate} />
          </Col>
        ))}
      </Row>
    </>
  );
}
