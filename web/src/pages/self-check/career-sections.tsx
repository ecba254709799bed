import { Input, InputNumber, Select } from 'antd';
import { employerKindOptions, optionsOf } from '../../lib/labels';
import {
  achievementKindOptions,
  appointmentModeNames,
  appraisalNames,
  skillLevelNames,
  workAreaNames,
  workRelationNames,
} from '../../lib/policy-labels';
import { date, levelOptions, openDate, required, thisYear, toggle, yearColumn } from './fields';
import type { ListSpec } from './list-section';
import { newWork } from './self-check-values';

const hours = <InputNumber min={0} max={10000} style={{ width: '100%' }} />;

/** 工作经历: the periods of employment, the one still running without an end. */
export const workList: ListSpec = {
  list: 'work',
  noun: '工作经历',
  emptyText: '未填写工作经历（申报须在本人人事（劳动）关系所在单位）',
  newRow: () => newWork(),
  columns: [
    { name: 'from', label: '起始日期', width: 140, rules: required('请选择起始日期'), input: date },
    { name: 'to', label: '截止日期', width: 140, tooltip: '仍在此单位工作的不填', input: openDate },
    { name: 'employerKind', label: '单位性质', width: 120, input: <Select options={employerKindOptions} /> },
    {
      name: 'relation',
      label: '用工关系',
      width: 110,
      input: <Select options={optionsOf(workRelationNames)} />,
    },
    { name: 'area', label: '单位所在', width: 140, input: <Select options={optionsOf(workAreaNames)} /> },
    toggle('frontline', '一线岗位', 88),
    toggle('teaching', '教学工作', 88),
    {
      name: 'appointmentMode',
      label: '评聘方式',
      width: 130,
      tooltip: '单位实行“评聘结合”的，在岗位结构比例内评审，不适用“评聘分开”系列的通过率上限；不清楚的不填',
      input: <Select allowClear placeholder="按系列规定" options={optionsOf(appointmentModeNames)} />,
    },
  ],
};

/** 岗位聘任: posts in a public institution, by grade. */
export const postList: ListSpec = {
  list: 'posts',
  noun: '岗位聘任',
  emptyText: '未聘任事业单位专业技术岗位',
  newRow: () => ({}),
  columns: [
    {
      name: 'grade',
      label: '岗位等级（1–13级）',
      width: 150,
      rules: required('请填写岗位等级'),
      input: <InputNumber min={1} max={13} precision={0} style={{ width: '100%' }} addonAfter="级" />,
    },
    { name: 'from', label: '聘任起始', width: 150, rules: required('请选择聘任起始日期'), input: date },
    { name: 'to', label: '聘任截止', width: 150, tooltip: '仍在此岗位的不填', input: openDate },
  ],
};

export const appraisalList: ListSpec = {
  list: 'annualAppraisals',
  noun: '年度考核',
  heading: '年度考核',
  emptyText: '未填写年度考核结果',
  newRow: () => ({ year: thisYear - 1, result: 'competent' }),
  columns: [
    yearColumn,
    { name: 'result', label: '考核结果', width: 150, input: <Select options={optionsOf(appraisalNames)} /> },
  ],
};

export const continuingEducationList: ListSpec = {
  list: 'continuingEducation',
  noun: '继续教育学时',
  heading: '继续教育学时',
  emptyText: '未填写继续教育学时',
  newRow: () => ({ year: thisYear - 1, hours: 90, professionalHours: 60 }),
  columns: [
    yearColumn,
    { name: 'hours', label: '总学时', width: 110, rules: required('请填写总学时'), input: hours },
    {
      name: 'professionalHours',
      label: '其中专业科目',
      width: 120,
      rules: required('请填写专业科目学时'),
      input: hours,
    },
  ],
};

export const recommendationList: ListSpec = {
  list: 'recommendations',
  noun: '专家推荐',
  heading: '同行专家推荐',
  emptyText: '暂无专家推荐',
  newRow: () => ({ byLevel: 'senior', sameOrCloseSpecialty: true }),
  columns: [
    { name: 'byLevel', label: '推荐专家职称层级', width: 150, input: <Select options={levelOptions} /> },
    toggle('sameOrCloseSpecialty', '相同或相近专业', 120),
  ],
};

/** 业绩成果: a skill level or a qualification also says which one. */
export const achievementList: ListSpec = {
  list: 'achievements',
  noun: '业绩成果',
  heading: '业绩成果、获奖与资格',
  emptyText: '暂无业绩成果',
  newRow: () => ({ kind: 'major-breakthrough' }),
  columns: [
    {
      name: 'kind',
      label: '类别',
      width: 290,
      rules: required('请选择类别'),
      input: <Select options={achievementKindOptions} />,
    },
    { name: 'on', label: '取得日期', width: 150, input: date },
    {
      name: 'level',
      label: '技能等级',
      width: 130,
      rules: required('请选择技能等级'),
      input: <Select options={optionsOf(skillLevelNames)} />,
      when: { field: 'kind', is: 'skill-level' },
    },
    {
      name: 'name',
      label: '资格名称',
      width: 220,
      rules: [{ required: true, whitespace: true, message: '请填写职业资格名称' }],
      input: <Input maxLength={100} placeholder="如：一级注册建造师" />,
      when: { field: 'kind', is: 'professional-qualification' },
    },
    {
      name: 'recommender',
      label: '举荐（推荐）人',
      width: 200,
      tooltip: '每名举荐人每年举荐的人数有上限，申报时跨申报统计',
      rules: [{ required: true, whitespace: true, message: '请填写举荐（推荐）人姓名及单位' }],
      input: <Input maxLength={100} placeholder="姓名及单位" />,
      when: { field: 'kind', is: ['academician-recommendation', 'enterprise-lead-recommendation'] },
    },
    {
      ...toggle('sameOrCloseSpecialty', '与举荐人专业相近', 130),
      tooltip: '被举荐人须与举荐人深耕的专业领域一致或相近，且属本团队、本行业、本系统',
      when: { field: 'kind', is: 'academician-recommendation' },
    },
    {
      name: 'award',
      label: '获奖证书（表彰文件）编号',
      width: 220,
      tooltip: '同一奖项的合作导师、指导教师（教练）仅限1人',
      rules: [{ required: true, whitespace: true, message: '请填写获奖证书或表彰文件编号' }],
      input: <Input maxLength={100} />,
      when: {
        field: 'kind',
        is: ['postdoc-innovation-gold-mentor', 'worldskills-gold-coach', 'national-skills-gold-coach'],
      },
    },
  ],
};
