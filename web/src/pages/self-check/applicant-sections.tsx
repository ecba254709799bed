import { Badge, Collapse, type CollapseProps, Flex, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { BasicSection } from './basic-section';
import {
  achievementList,
  appraisalList,
  continuingEducationList,
  postList,
  recommendationList,
  workList,
} from './career-sections';
import { educationList, titleList } from './education-section';
import { A } from './fields';
import { type ListKey, type ListSpec, ListsSection } from './list-section';
import type { ApplicantValues, SelfCheckValues } from './self-check-values';
import { applicationList, StatusSection } from './status-section';

/** A section's heading with the number of entries it holds, so a closed section still says what it has. */
function SectionLabel({
  form,
  title,
  lists,
}: {
  form: FormInstance<SelfCheckValues>;
  title: string;
  lists: ListKey[];
}) {
  const applicant = Form.useWatch(A, form) as ApplicantValues | undefined;
  const count = lists.reduce((sum, list) => sum + (applicant?.[list]?.length ?? 0), 0);
  return (
    <Flex align="center" gap={8}>
      <span>{title}</span>
      {lists.length > 0 ? (
        <Badge count={count} showZero color={count > 0 ? '#1f5fbf' : '#bfbfbf'} size="small" />
      ) : null}
    </Flex>
  );
}

/**
 * The applicant's facts in collapsible sections. Every section is rendered even while closed, so its
 * fields take part in validation and can receive the server's field errors. The keys are those of
 * `sectionOfField`, which opens the section a field error lands in.
 */
export function ApplicantSections({
  form,
  active,
  onActiveChange,
}: {
  form: FormInstance<SelfCheckValues>;
  active: string[];
  onActiveChange: (keys: string[]) => void;
}) {
  const item = (
    key: string,
    title: string,
    lists: ListKey[],
    children: ReactNode,
  ): NonNullable<CollapseProps['items']>[number] => ({
    key,
    label: <SectionLabel form={form} title={title} lists={lists} />,
    forceRender: true,
    children,
  });
  const listItem = (key: string, title: string, specs: ListSpec[]) =>
    item(
      key,
      title,
      specs.map((spec) => spec.list),
      <ListsSection specs={specs} />,
    );

  const items: CollapseProps['items'] = [
    item('basic', '基本情况', [], <BasicSection />),
    listItem('education', '学历', [educationList]),
    listItem('titles', '已取得职称', [titleList]),
    listItem('work', '工作经历', [workList]),
    listItem('posts', '岗位聘任（事业单位）', [postList]),
    listItem('appraisals', '年度考核与继续教育', [appraisalList, continuingEducationList]),
    listItem('merits', '专家推荐与业绩成果', [recommendationList, achievementList]),
    item('statuses', '特殊身份与本年度申报', [applicationList.list], <StatusSection />),
  ];

  return (
    <Collapse
      items={items}
      activeKey={active}
      onChange={(keys) => onActiveChange(Array.isArray(keys) ? keys : [keys])}
    />
  );
}
