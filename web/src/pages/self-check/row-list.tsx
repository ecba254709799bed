import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormListFieldData, Typography, theme } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** The list's name in the form, e.g. `['applicant', 'education']`. */
  name: string[];
  /** What one row is, for the add button and the delete buttons' labels, e.g. 学历. */
  noun: string;
  /** Said while the list is empty. */
  emptyText: string;
  /** The values of a newly added row. */
  newRow: () => object;
  /** The fields of one row; their names are relative to the row (`[field.name, 'degree']`). */
  children: (field: FormListFieldData) => ReactNode;
}

/** One list of the applicant (education, titles, work…): a framed row per entry, a delete per row, and an add. */
export function RowList({ name, noun, emptyText, newRow, children }: Props) {
  const { token } = theme.useToken();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 ? <Typography.Text type="secondary">{emptyText}</Typography.Text> : null}
          {fields.map((field, index) => (
            <div
              key={field.key}
              data-testid={`${name.at(-1)}-row`}
              style={{
                position: 'relative',
                border: `1px solid ${token.colorBorderSecondary}`,
                borderRadius: token.borderRadius,
                background: token.colorFillQuaternary,
                padding: '10px 36px 0 12px',
              }}
            >
              <Flex wrap gap="0 12px">
                {children(field)}
              </Flex>
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
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newRow())}>
            添加{noun}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
