import { Button, Card, Empty, Flex, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import type { OrganisationRow } from '../../api/organisations';
import {
  addDispatchRelation,
  type DispatchRelation,
  endDispatchRelation,
  listDispatchRelations,
  setUnitDepartment,
} from '../../api/units';
import { DepartmentSelect } from '../../components/department-select';
import { quietLoading } from '../../components/quiet-loading';
import { useAction } from '../../lib/use-action';
import { useRequest } from '../../lib/use-request';
import { normaliseCreditCode } from '../organisations/credit-code-rules';

const relationColours: Record<DispatchRelation['status'], string> = {
  pending: 'orange',
  approved: 'green',
  ended: 'default',
};

interface Props {
  unit: Pick<OrganisationRow, 'id' | 'kind' | 'jurisdiction' | 'department'>;
  /** The server said this user may change them (the HR bureau of the unit's region, or an administrator). */
  editable: boolean;
  /** The department changed: the list behind should show it. */
  onChanged: () => void;
}

/**
 * The relations that route a unit's applications: its competent department (主管部门) and, for a
 * dispatch agency, the units it sends staff to (派遣关系).
 */
export function UnitRelationsPanel({ unit, editable, onChanged }: Props) {
  const [department, setDepartment] = useState<string | null>(unit.department?.id ?? null);
  const { busy: saving, run, message } = useAction();
  useEffect(() => setDepartment(unit.department?.id ?? null), [unit.department?.id]);

  const saveDepartment = () =>
    run(async () => {
      const saved = await setUnitDepartment(unit.id, department);
      message.success(saved.department ? `主管部门已设为 ${saved.department.name}` : '已取消主管部门');
      onChanged();
    });

  return (
    <>
      <Card size="small" title="主管部门" style={{ marginTop: 16 }} data-testid="unit-department">
        {editable ? (
          <Flex gap={8} wrap>
            <div style={{ flex: '1 1 240px' }}>
              <DepartmentSelect
                regionCode={unit.jurisdiction.code}
                value={department}
                onChange={setDepartment}
              />
            </div>
            <Button
              type="primary"
              onClick={saveDepartment}
              loading={quietLoading(saving)}
              disabled={department === (unit.department?.id ?? null)}
            >
              保存
            </Button>
          </Flex>
        ) : (
          (unit.department?.name ?? '无')
        )}
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          此后提交的职称申报按此流转：有主管部门的，经主管部门审核推荐后报人社部门。
        </Typography.Paragraph>
      </Card>
      {unit.kind === 'dispatch-agency' ? <DispatchRelations agencyId={unit.id} editable={editable} /> : null}
    </>
  );
}

function DispatchRelations({ agencyId, editable }: { agencyId: string; editable: boolean }) {
  const relations = useRequest((signal) => listDispatchRelations(agencyId, signal), [agencyId]);
  const [rows, setRows] = useState<DispatchRelation[]>();
  const [code, setCode] = useState('');
  const action = useAction();
  const busy = action.busy;
  const shown = rows ?? relations.data ?? [];

  const run = (change: () => Promise<DispatchRelation[]>, done: string) =>
    action.run(async () => {
      setRows(await change());
      action.message.success(done);
      setCode('');
    });

  return (
    <Card
      size="small"
      title="派遣关系（派往的用人单位）"
      style={{ marginTop: 16 }}
      data-testid="dispatch-relations"
    >
      {relations.error ? (
        <Typography.Text type="danger">{errorMessage(relations.error)}</Typography.Text>
      ) : (
        <List<DispatchRelation>
          loading={relations.loading && !rows}
          dataSource={shown}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无派遣关系" /> }}
          renderItem={(relation) => (
            <List.Item
              actions={
                editable && relation.status !== 'ended'
                  ? [
                      <Popconfirm
                        key="end"
                        title={`终止与 ${relation.unit.name} 的派遣关系？`}
                        okText="终止"
                        onConfirm={() =>
                          run(() => endDispatchRelation(agencyId, relation.unit.id), '派遣关系已终止')
                        }
                      >
                        <Button type="link" size="small" danger>
                          终止
                        </Button>
                      </Popconfirm>,
                    ]
                  : undefined
              }
            >
              <List.Item.Meta
                title={
                  <Space size={4} wrap>
                    {relation.unit.name}
                    <Tag color={relationColours[relation.status]}>{relation.statusName}</Tag>
                  </Space>
                }
                description={<span style={{ fontFamily: 'monospace' }}>{relation.unit.creditCode}</span>}
              />
            </List.Item>
          )}
        />
      )}
      {editable ? (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Input
            value={code}
            onChange={(event) => setCode(event.target.value)}
            placeholder="用人单位的统一社会信用代码"
            maxLength={18}
            style={{ fontFamily: 'monospace' }}
            aria-label="派往单位的统一社会信用代码"
          />
          <Button
            loading={quietLoading(busy)}
            disabled={normaliseCreditCode(code).length !== 18}
            onClick={() =>
              run(() => addDispatchRelation(agencyId, normaliseCreditCode(code)), '派遣关系已添加')
            }
          >
            添加
          </Button>
        </Space.Compact>
      ) : null}
    </Card>
  );
}
