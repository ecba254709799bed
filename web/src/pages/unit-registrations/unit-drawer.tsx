import { Button, Descriptions, type DescriptionsProps, Flex, Grid, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { approveUnit, fetchUnitRegistration, type UnitDetail } from '../../api/units';
import { DetailDrawer, RecordPending } from '../../components/detail-drawer';
import { employerKindNames, nameOf, organisationKindNames } from '../../lib/labels';
import { formatDateTime } from '../../lib/time';
import { useAction } from '../../lib/use-action';
import { useRecord } from '../../lib/use-record';
import { ReturnUnitModal } from './return-unit-modal';
import { UnitRelationsPanel } from './unit-relations-panel';
import { UnitStatusTag } from './unit-status-tag';

const mono = { fontFamily: 'monospace' } as const;

function facts(unit: UnitDetail): DescriptionsProps['items'] {
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: '单位名称', children: unit.name, span: 'filled' },
    { key: 'status', label: '状态', children: <UnitStatusTag status={unit.status} /> },
    { key: 'kind', label: '单位类型', children: nameOf(organisationKindNames, unit.kind) },
    {
      key: 'creditCode',
      label: '统一社会信用代码',
      children: <Typography.Text style={mono}>{unit.creditCode}</Typography.Text>,
    },
    { key: 'employerKind', label: '单位性质', children: nameOf(employerKindNames, unit.employerKind) },
    { key: 'region', label: '所在地区', children: unit.jurisdiction.name },
    { key: 'address', label: '单位地址', children: unit.address ?? '—', span: 'filled' },
    { key: 'contact', label: '联系人', children: unit.contact?.name ?? '—' },
    { key: 'phone', label: '联系电话', children: unit.contact?.phoneMasked ?? '—' },
    { key: 'account', label: '管理员账号', children: unit.account?.username ?? '—' },
    { key: 'createdAt', label: '注册时间', children: formatDateTime(unit.createdAt) },
  ];
  if (unit.reviewedAt)
    items.push({ key: 'reviewedAt', label: '审核时间', children: formatDateTime(unit.reviewedAt) });
  if (unit.reviewNote)
    items.push({ key: 'note', label: '退回意见', children: unit.reviewNote, span: 'filled' });
  return items;
}

interface Props {
  /** The unit to show; `null` keeps the drawer closed. */
  id: string | null;
  onClose: () => void;
  /** The unit changed (approved, returned, department): the list behind should reload. */
  onChanged: () => void;
}

/**
 * One registration in full (contact phone masked), the bureau's decision — only the buttons the
 * server lists in `actions` — and the unit's department and dispatch relations.
 */
export function UnitDrawer({ id, onClose, onChanged }: Props) {
  const phone = !Grid.useBreakpoint().md;
  const detail = useRecord(id, fetchUnitRegistration);
  const [returning, setReturning] = useState<UnitDetail | null>(null);
  const { busy: approving, run, message } = useAction();
  const data = detail.data;

  const changed = () => {
    onChanged();
    detail.reload();
  };

  const approve = (unit: UnitDetail) =>
    run(async () => {
      await approveUnit(unit.id);
      message.success(`${unit.name} 的注册已审核通过，已短信通知联系人`);
      changed();
    });

  return (
    <DetailDrawer
      subject={id}
      onClose={onClose}
      title={data ? `单位注册：${data.name}` : '单位注册'}
      width={720}
    >
      {!data ? (
        <RecordPending
          error={detail.error}
          missingTitle="单位不存在或不在本辖区"
          failedTitle="加载失败"
          rows={10}
        />
      ) : (
        <div data-testid="unit-detail">
          {data.actions.approve || data.actions.return ? (
            <Flex gap={8} wrap style={{ marginBottom: 16 }}>
              {data.actions.approve ? (
                <Popconfirm
                  title="审核通过该单位注册？"
                  description="通过后单位管理员账号即可登录，派遣关系同时生效，并短信通知联系人。"
                  okText="通过"
                  onConfirm={() => approve(data)}
                >
                  <Button type="primary" loading={approving}>
                    审核通过
                  </Button>
                </Popconfirm>
              ) : null}
              {data.actions.return ? (
                <Button danger onClick={() => setReturning(data)}>
                  退回
                </Button>
              ) : null}
            </Flex>
          ) : null}
          <Descriptions size="small" bordered column={phone ? 1 : 2} items={facts(data)} />
          <UnitRelationsPanel unit={data} editable={data.actions.editRelations} onChanged={changed} />
        </div>
      )}
      <ReturnUnitModal
        unit={returning}
        onClose={(done) => {
          setReturning(null);
          if (done) changed();
        }}
      />
    </DetailDrawer>
  );
}
