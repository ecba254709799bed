import { Flex, Form, type FormItemProps } from 'antd';
import type { ReactNode } from 'react';

/** Form fields that share a row on a desk and wrap one under another on a narrow screen. */
export function FieldRow({ children }: { children: ReactNode }) {
  return (
    <Flex gap={16} wrap>
      {children}
    </Flex>
  );
}

type RowFieldProps = FormItemProps & {
  /** The width in px the field starts from before it shares out the row's room. */
  width: number;
  /** Keeps the field at `width` (a date, a number, a switch) instead of growing into the room left. */
  fixed?: boolean;
};

/** A `Form.Item` in a `FieldRow` (or another wrapping row): `width` wide at least, growing unless `fixed`. */
export function RowField({ width, fixed, ...item }: RowFieldProps) {
  return <Form.Item {...item} style={{ flex: `${fixed ? '0 0' : '1 1'} ${width}px` }} />;
}
