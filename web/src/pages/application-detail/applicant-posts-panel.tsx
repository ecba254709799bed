import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { postGradeName } from '../../../../src/domain/catalogue/post-grades';
import type { ApplicationDetail } from '../../api/applications';

/**
 * 岗位聘任: the posts eligibility counts the applicant's post tenure from — 聘用备案 where a filed
 * appointment records it, 本人填报 where only the applicant says so — for the reviewer to check
 * the unverified ones against the originals. Hidden when there are none (an enterprise).
 */
export function ApplicantPostsPanel({ detail }: { detail: ApplicationDetail }) {
  const posts = detail.applicant?.posts;
  if (!posts || posts.length === 0) return null;
  const verified = posts.filter((p) => p.verified).length;
  return (
    <Card
      size="small"
      title="岗位聘任"
      extra={
        <Typography.Text type="secondary">
          聘用备案 {verified} / {posts.length}
        </Typography.Text>
      }
      style={{ marginBottom: 16 }}
      data-testid="applicant-posts"
    >
      <Flex vertical gap={10}>
        {posts.map((post) => (
          <Flex
            key={`${post.grade}-${post.from}`}
            gap="4px 12px"
            align="center"
            wrap
            data-testid="applicant-post"
          >
            <Typography.Text strong>{postGradeName(post.grade)}</Typography.Text>
            <Typography.Text type="secondary">
              {post.from} 起{post.to ? `，${post.to} 止` : '，至今'}
            </Typography.Text>
            {post.verified ? (
              <Tag color="success" icon={<SafetyCertificateOutlined />} style={{ marginInlineEnd: 0 }}>
                聘用备案
              </Tag>
            ) : (
              <Tag color="warning" style={{ marginInlineEnd: 0 }}>
                本人填报，无聘用记录印证
              </Tag>
            )}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
