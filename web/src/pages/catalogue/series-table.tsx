import { Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { LevelCode, Series } from '../../api/reference';
import { levelNames, levelOrder } from '../../lib/labels';

/** One cell of the matrix: the titles of one series at one level, tagged when obtained by exam. */
function LevelCell({ series, level }: { series: Series; level: LevelCode }) {
  const entry = series.levels.find((candidate) => candidate.level === level);
  if (!entry) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      <span>{entry.titles.join('、') || entry.levelName}</span>
      {entry.byExam ? (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          以考代评
        </Tag>
      ) : null}
    </Space>
  );
}

/**
 * The 27 series as a matrix, series by level, which is how the national list is printed and how people
 * look a title up ("what is the 副高 of 卫生技术?").
 */
export function SeriesTable({ series, loading }: { series: Series[]; loading: boolean }) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const text = filter.trim();
    if (!text) return series;
    return series.filter(
      (item) =>
        item.name.includes(text) ||
        item.code.includes(text) ||
        item.levels.some((level) => level.titles.some((title) => title.includes(text))),
    );
  }, [series, filter]);

  const columns: ColumnsType<Series> = [
    {
      title: '代码',
      dataIndex: 'code',
      key: 'code',
      width: 70,
      sorter: (a, b) => a.code.localeCompare(b.code),
      defaultSortOrder: 'ascend',
    },
    { title: '职称系列', dataIndex: 'name', key: 'name', width: 150, fixed: 'left' },
    ...levelOrder.map((level) => ({
      title: levelNames[level],
      key: level,
      render: (_: unknown, item: Series) => <LevelCell series={item} level={level} />,
    })),
  ];

  return (
    <>
      <Input.Search
        placeholder="按系列名称、代码或职称名称筛选"
        allowClear
        onChange={(event) => setFilter(event.target.value)}
        style={{ width: 320, marginBottom: 12 }}
      />
      <Table<Series>
        rowKey="code"
        size="small"
        bordered
        loading={loading}
        columns={columns}
        dataSource={shown}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: '没有匹配的职称系列' }}
        footer={() =>
          `共 ${shown.length} 个系列${shown.length === series.length ? '' : `（全部 ${series.length} 个）`}`
        }
      />
    </>
  );
}
