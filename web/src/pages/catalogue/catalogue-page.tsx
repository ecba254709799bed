import { Alert, Card, Tabs } from 'antd';
import { errorMessage } from '../../api/client';
import { fetchPostGrades, fetchSeries } from '../../api/reference';
import { PageHeader } from '../../components/page-header';
import { useRequest } from '../../lib/use-request';
import { PostGradesTable } from './post-grades-table';
import { SeriesTable } from './series-table';

/** 职称系列目录: the national title series and the public-institution post grades. */
export function CataloguePage() {
  const series = useRequest(() => fetchSeries(), []);
  const grades = useRequest(() => fetchPostGrades(), []);
  const error = series.error ?? grades.error;

  return (
    <>
      <PageHeader
        title="职称系列目录"
        description="全国职称系列及各层级职称名称（人社部专技司 2021 年版），以及事业单位专业技术岗位等级。"
      />
      {error ? (
        <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'series',
              label: `职称系列${series.data ? `（${series.data.length}）` : ''}`,
              children: <SeriesTable series={series.data ?? []} loading={series.loading} />,
            },
            {
              key: 'post-grades',
              label: '岗位等级',
              children: <PostGradesTable grades={grades.data ?? []} loading={grades.loading} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
