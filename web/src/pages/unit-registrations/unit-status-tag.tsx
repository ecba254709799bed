import { Tag } from 'antd';
import type { UnitStatus } from '../../api/organisations';
import { nameOf, unitStatusNames } from '../../lib/labels';

const colours: Record<UnitStatus, string> = { pending: 'orange', approved: 'green', returned: 'red' };

/** 待审核 / 已通过 / 已退回, coloured the same wherever a unit's review status shows. */
export function UnitStatusTag({ status }: { status: UnitStatus }) {
  return <Tag color={colours[status]}>{nameOf(unitStatusNames, status)}</Tag>;
}
