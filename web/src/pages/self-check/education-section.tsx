import { Input, Select } from 'antd';
import { optionsOf } from '../../lib/labels';
import { degreeNames, titleViaNames } from '../../lib/policy-labels';
import { date, levelColumn, required, seriesColumn, toggle } from './fields';
import type { ListSpec } from './list-section';
import { newEducation, newTitle } from './self-check-values';
import { TitleRowCheck, UnclaimedTitleRecords } from './title-checks';

/** 学历: the applicant's education, highest or not, in any order. */
export const educationList: ListSpec = {
  list: 'education',
  noun: '学历',
  emptyText: '未填写学历（按无学历计）',
  newRow: newEducation,
  columns: [
    {
      name: 'degree',
      label: '学历（学位）',
      width: 120,
      rules: required('请选择学历'),
      input: <Select options={optionsOf(degreeNames)} />,
    },
    { name: 'major', label: '所学专业', width: 110, input: <Input maxLength={100} /> },
    { name: 'graduatedOn', label: '毕业日期', width: 130, input: date },
    toggle('fullTime', '全日制', 60),
    toggle('vocational', '职业院校', 70),
  ],
};

/**
 * 已取得职称: a new row starts one level below the target, in its series. Once the professional's profile
 * is loaded each row says whether a record backs it, and records not yet declared are offered.
 */
export const titleList: ListSpec = {
  list: 'titles',
  noun: '职称',
  emptyText: '尚未取得职称',
  newRow: (form) => newTitle(form.getFieldValue('target')),
  columns: [
    seriesColumn(170),
    levelColumn(96),
    { name: 'obtainedOn', label: '取得日期', width: 140, rules: required('请选择取得日期'), input: date },
    { name: 'via', label: '取得方式', width: 100, input: <Select options={optionsOf(titleViaNames)} /> },
  ],
  rowNote: (row) => <TitleRowCheck row={row} />,
  footer: <UnclaimedTitleRecords />,
};
