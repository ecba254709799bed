import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormInstance, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { A, type Column, Field, keyOf } from './fields';
import type { ApplicantValues, SelfCheckValues } from './self-check-values';

/** The applicant's lists (education, titles, work…). */
export type ListKey = {
  [K in keyof ApplicantValues]-?: ApplicantValues[K] extends unknown[] ? K : never;
}[keyof ApplicantValues];

/** One list of the applicant, described by its columns. */
export interface ListSpec {
  /** The list's name under `applicant`, e.g. `education`. */
  list: ListKey;
  /** What one row is, for the add button and the delete buttons' labels, e.g. 学历. */
  noun: string;
  /** Said above the list where a section holds more than one. */
  heading?: string;
  /** Said while the list is empty. */
  emptyText: string;
  /** The values of a newly added row. */
  newRow: (form: FormInstance<SelfCheckValues>) => object;
  /** The fields of one row, in order; their names are relative to the row. */
  columns: Column[];
  /** Shown under a row's fields, e.g. whether a title is backed by a record. */
  rowNote?: (row: number) => ReactNode;
  /** Shown under the list's add button. */
  footer?: ReactNode;
}

/** The fields of one row: its columns, then those shown only for some value of another field. */
function RowFields({ spec, row }: { spec: ListSpec; row: number }) {
  const conditional = spec.columns.filter((column) => column.when);
  const watched = [...new Set(conditional.flatMap(({ when }) => (when ? [when.field] : [])))];
  const valueIn = (values: SelfCheckValues, field: string) =>
    (values.applicant?.[spec.list]?.[row] as Record<string, unknown> | undefined)?.[field];
  return (
    <Flex wrap gap="0 12px">
      {spec.columns
        .filter((column) => !column.when)
        .map((column) => (
          <Field key={keyOf(column)} column={column} prefix={[row]} />
        ))}
      {conditional.length > 0 ? (
        <Form.Item
          noStyle
          shouldUpdate={(previous, next) =>
            watched.some((field) => valueIn(previous, field) !== valueIn(next, field))
          }
        >
          {({ getFieldValue }) =>
            conditional
              .filter(
                ({ when }) =>
                  when && [when.is].flat().includes(getFieldValue([A, spec.list, row, when.field])),
              )
              .map((column) => <Field key={keyOf(column)} column={column} prefix={[row]} />)
          }
        </Form.Item>
      ) : null}
    </Flex>
  );
}

/** One list of the applicant: a framed row per entry, a delete per row, and an add. */
export function ListSection({ spec }: { spec: ListSpec }) {
  const { token } = theme.useToken();
  const form = Form.useFormInstance<SelfCheckValues>();
  const { list, noun, heading, emptyText, newRow, rowNote, footer } = spec;
  return (
    <>
      {heading ? <Typography.Text strong>{heading}</Typography.Text> : null}
      <Form.List name={[A, list]}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 ? <Typography.Text type="secondary">{emptyText}</Typography.Text> : null}
            {fields.map((field, index) => (
              <div
                key={field.key}
                data-testid={`${list}-row`}
                style={{
                  position: 'relative',
                  border: `1px solid ${token.colorBorderSecondary}`,
                  borderRadius: token.borderRadius,
                  background: token.colorFillQuaternary,
                  padding: '10px 36px 0 12px',
                }}
              >
                <RowFields spec={spec} row={field.name} />
                {rowNote?.(field.name)}
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除第${index + 1}条${noun}`}
                  title={`删除此条${noun}`}
                  onClick={() => remove(field.name)}
                  style={{ position: 'absolute', top: 6, right: 6 }}
                />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newRow(form))}>
              添加{noun}
            </Button>
            {footer}
          </Flex>
        )}
      </Form.List>
    </>
  );
}

/** A section of one list, or of several one under another, each under its heading. */
export function ListsSection({ specs }: { specs: ListSpec[] }) {
  const [only, ...others] = specs;
  if (only && others.length === 0) return <ListSection spec={only} />;
  return (
    <Flex vertical gap={12}>
      {specs.map((spec) => (
        <ListSection key={spec.list} spec={spec} />
      ))}
    </Flex>
  );
}
