import { DatePicker, Flex, Form, InputNumber, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { levelNames, levelOrder } from '../../lib/labels';
import { seriesOptions } from './self-check-values';

/** The applicant's part of the form values: every section's fields stand under it. */
export const A = 'applicant';

export const required = (message: string): Rule[] => [{ required: true, message }];
export const thisYear = new Date().getFullYear();
export const levelOptions = levelOrder.map((level) => ({ value: level, label: levelNames[level] }));

/** One labelled field of fixed width: the unit every section of the applicant is described in. */
export interface Column {
  /** The field's name relative to where it stands: a list row, or a group such as `applicant.statuses`. */
  name: string | string[];
  label: string;
  width: number;
  input: ReactNode;
  rules?: Rule[];
  tooltip?: string;
  /** `checked` for a switch or checkbox. */
  valuePropName?: 'checked';
  /** In a list row: shown only while the row's `field` is `is` (or one of them), after the row's other fields. */
  when?: { field: string; is: string | readonly string[] };
}

export const date = <DatePicker style={{ width: '100%' }} placeholder="YYYY-MM-DD" />;
export const openDate = <DatePicker style={{ width: '100%' }} placeholder="至今" />;

/** A small switch. */
export const toggle = (name: string, label: string, width: number): Column => ({
  name,
  label,
  width,
  valuePropName: 'checked',
  input: <Switch size="small" />,
});

/** A title series, searchable by its name. */
export const seriesColumn = (width: number): Column => ({
  name: 'series',
  label: '职称系列',
  width,
  rules: required('请选择系列'),
  input: <Select options={seriesOptions} showSearch={{ optionFilterProp: 'label' }} />,
});

export const levelColumn = (width: number): Column => ({
  name: 'level',
  label: '层级',
  width,
  rules: required('请选择层级'),
  input: <Select options={levelOptions} />,
});

export const yearColumn: Column = {
  name: 'year',
  label: '年度',
  width: 110,
  rules: required('请填写年度'),
  input: <InputNumber min={1950} max={2100} precision={0} style={{ width: '100%' }} />,
};

export const keyOf = (column: Column): string => [column.name].flat().join('.');

/** A column as a form field, its name under `prefix` (a list row's index, or a group's path). */
export function Field({ column, prefix }: { column: Column; prefix: (string | number)[] }) {
  return (
    <Form.Item
      name={[...prefix, ...[column.name].flat()]}
      label={column.label}
      rules={column.rules}
      valuePropName={column.valuePropName}
      tooltip={column.tooltip}
      style={{ width: column.width, marginBottom: 12 }}
    >
      {column.input}
    </Form.Item>
  );
}

/** A group's fields side by side, wrapping. */
export function Fields({ prefix, columns }: { prefix: string[]; columns: Column[] }) {
  return (
    <Flex wrap gap="0 16px">
      {columns.map((column) => (
        <Field key={keyOf(column)} column={column} prefix={prefix} />
      ))}
    </Flex>
  );
}
