import { Checkbox, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { A, type Column, Fields, levelColumn, seriesColumn, toggle } from './fields';
import { ListSection, type ListSpec } from './list-section';

/** 特殊身份: the statuses some pathways and policies turn on, under `applicant.statuses`. */
const statusColumns: Column[] = [
  toggle('returnee', '海外归国人员', 100),
  toggle('partyGovTransfer', '党政机关交流', 100),
  toggle('militaryTransfer', '部队转业安置', 100),
  toggle('oneStepUsed', '已享受过“一步到位”', 150),
  {
    name: 'countyServiceContractYears',
    label: '与县以下单位服务合同（年）',
    width: 190,
    input: <InputNumber min={0} max={60} style={{ width: '100%' }} />,
  },
  {
    name: 'talentCategory',
    label: '人才类别',
    width: 120,
    tooltip: '吉林省人才分类 A–E',
    input: (
      <Select
        allowClear
        placeholder="无"
        options={['A', 'B', 'C', 'D', 'E'].map((value) => ({ value, label: `${value}类` }))}
      />
    ),
  },
];

/** 本年度已提出的其他职称申报. */
export const applicationList: ListSpec = {
  list: 'applicationsThisYear',
  noun: '本年度申报',
  heading: '本年度已提出的其他职称申报',
  emptyText: '本年度无其他申报',
  newRow: () => ({ series: 'engineering', level: 'intermediate' }),
  columns: [seriesColumn(200), levelColumn(100)],
};

/** A 疫情防控一线 box, its label beside it. */
function CovidBox({ name, label }: { name: string; label: string }) {
  return (
    <Form.Item
      name={[A, 'statuses', 'covidFrontline', name]}
      valuePropName="checked"
      style={{ marginBottom: 12 }}
    >
      <Checkbox>{label}</Checkbox>
    </Form.Item>
  );
}

export function StatusSection() {
  return (
    <Flex vertical gap={8}>
      <Fields prefix={[A, 'statuses']} columns={statusColumns} />
      <Flex wrap gap="0 16px" align="center">
        <Typography.Text type="secondary" style={{ marginBottom: 12 }}>
          疫情防控一线：
        </Typography.Text>
        <CovidBox name="contact" label="接触确诊病例或无症状感染者" />
        <CovidBox name="outstanding" label="做出突出贡献" />
      </Flex>
      <ListSection spec={applicationList} />
    </Flex>
  );
}
