import { Card, Descriptions, Table } from 'antd';
import { Link } from 'react-router';
import type { ApplicantProfile, TitleHeld } from '../../api/home';

/** The applicant's own record: who they are and the titles they hold. */
export function ApplicantProfileCard({ profile }: { profile: ApplicantProfile }) {
  return (
    <Card title="个人信息" size="small" style={{ marginBottom: 16 }} data-testid="applicant-profile">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'name', label: '姓名', children: profile.name },
          { key: 'id', label: '身份证号', children: profile.idNumberMasked },
          { key: 'gender', label: '性别', children: profile.gender },
          { key: 'birth', label: '出生日期', children: profile.birthDate },
          {
            key: 'org',
            label: '工作单位',
            children: profile.organisation ?? (
              // Without a confirmed unit nothing can be filed: say where to get one.
              <Link to="/my-employment" data-testid="bind-employer-link">
                未绑定，去绑定单位
              </Link>
            ),
          },
        ]}
      />
      <Table<TitleHeld>
        style={{ marginTop: 16 }}
        size="small"
        rowKey={(title) => `${title.seriesName}-${title.titleName}-${title.obtainedOn}`}
        pagination={false}
        dataSource={profile.titles}
        locale={{ emptyText: '暂无已取得的职称' }}
        title={() => '已取得职称'}
        columns={[
          { title: '职称系列', dataIndex: 'seriesName' },
          { title: '层级', dataIndex: 'levelName' },
          { title: '职称名称', dataIndex: 'titleName' },
          { title: '专业', dataIndex: 'specialty' },
          { title: '取得时间', dataIndex: 'obtainedOn' },
        ]}
      />
    </Card>
  );
}
