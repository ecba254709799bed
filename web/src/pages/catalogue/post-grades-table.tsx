import { Table, Typography } from 'antd';
import type { PostGrade } from '../../api/reference';

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A grade in Chinese numerals, as the posts are named (9 → 九, 12 → 十二); a number outside 1–13 as it is. */
function gradeNumeral(grade: number): string {
  if (!Number.isInteger(grade) || grade < 1 || grade > 13) return String(grade);
  return grade < 10 ? digits[grade]! : `十${digits[grade - 10]!}`;
}

/** 事业单位专业技术岗位等级 1–13 and the title level each corresponds to. */
export function PostGradesTable({ grades, loading }: { grades: PostGrade[]; loading: boolean }) {
  return (
    <>
      <Typography.Paragraph type="secondary">
        事业单位专业技术岗位分为 13 个等级：正高级对应一至四级（一级为国家专设特级岗位），副高级对应五至七级，
        中级对应八至十级，初级对应十一至十三级（十三级为员级）。
      </Typography.Paragraph>
      <Table<PostGrade>
        rowKey="grade"
        size="small"
        bordered
        loading={loading}
        dataSource={grades}
        pagination={false}
        style={{ maxWidth: 560 }}
        columns={[
          {
            title: '岗位等级',
            dataIndex: 'grade',
            key: 'grade',
            render: (grade: number) => `专业技术${gradeNumeral(grade)}级岗位`,
          },
          { title: '对应层级', dataIndex: 'levelName', key: 'levelName' },
        ]}
      />
    </>
  );
}
