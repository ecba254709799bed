import { Tag } from 'antd';
import type { BindingStatus } from '../api/employment';
import { bindingStatusColors, bindingStatusNames } from '../lib/employment-labels';
import { nameOf } from '../lib/labels';

/** A binding's status as a coloured tag: 待单位确认, 已确认, 单位已拒绝 … */
export function BindingStatusTag({ status }: { status: BindingStatus }) {
  return <Tag color={bindingStatusColors[status] ?? 'default'}>{nameOf(bindingStatusNames, status)}</Tag>;
}
