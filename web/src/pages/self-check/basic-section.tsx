import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import { optionsOf } from '../../lib/labels';
import { residenceNames } from '../../lib/policy-labels';
import { A, type Column, date, Fields, required } from './fields';

/** 基本情况: the applicant's own facts, each a single field under `applicant`. */
const basicColumns: Column[] = [
  { name: 'birthDate', label: '出生日期', width: 170, rules: required('请选择出生日期'), input: date },
  { name: 'residence', label: '身份', width: 250, input: <Select options={optionsOf(residenceNames)} /> },
  { name: 'retired', label: '已退休', width: 88, valuePropName: 'checked', input: <Switch /> },
  {
    name: ['socialInsurance', 'monthsWithCurrentEmployer'],
    label: '在现单位缴纳社保（月）',
    width: 210,
    tooltip: '不填则不作审核（由评审机构核实）',
    input: <InputNumber min={0} max={1200} precision={0} style={{ width: '100%' }} placeholder="不填" />,
  },
  {
    name: ['integrity', 'bannedUntil'],
    label: '禁止申报期限至',
    width: 170,
    tooltip: '因弄虚作假被禁止申报的，填写期限届满日期',
    input: <DatePicker style={{ width: '100%' }} placeholder="无" />,
  },
  {
    name: ['practicedSpecialty', 'specialty'],
    label: '长期从事的专业',
    width: 200,
    tooltip: '与所学专业不一致时填写（涉及公共安全、人身健康的系列或专业除外）',
    input: <Input placeholder="如：通信工程" maxLength={100} />,
  },
  {
    name: ['practicedSpecialty', 'since'],
    label: '从事该专业起始',
    width: 170,
    rules: [
      ({ getFieldValue }) => ({
        validator: (_rule, value) =>
          value || !getFieldValue([A, 'practicedSpecialty', 'specialty'])?.trim()
            ? Promise.resolve()
            : Promise.reject(new Error('请填写从事该专业的起始日期')),
      }),
    ],
    tooltip: '填写了长期从事的专业时必填',
    input: date,
  },
];

export function BasicSection() {
  return <Fields prefix={[A]} columns={basicColumns} />;
}
