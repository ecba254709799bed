import type { PersonBinding } from '../../api/employment';
import { BindingStatusTag } from '../../components/binding-status-tag';
import { WholeTable } from '../../components/whole-table';
import { bindingSourceNames, relationNames } from '../../lib/employment-labels';
import { nameOf } from '../../lib/labels';
import { timeColumn } from '../../lib/time-columns';

/** Every binding of the person, latest first: which unit, since and until when, and what became of it. */
export function BindingHistoryTable({ history }: { history: PersonBinding[] }) {
  return (
    <WholeTable<PersonBinding>
      rowKey="id"
      dataSource={history}
      scroll={{ x: 760 }}
      locale={{ emptyText: '暂无绑定记录' }}
      data-testid="binding-history"
      columns={[
        {
          title: '单位',
          key: 'organisation',
          render: (_, b) => (
            <>
              <div>{b.organisation.name}</div>
              {b.dispatchAgency ? (
                <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
                  派遣单位：{b.dispatchAgency.name}
                </div>
              ) : null}
            </>
          ),
        },
        {
          title: '用工形式',
          dataIndex: 'relation',
          key: 'relation',
          width: 90,
          render: (relation: string) => nameOf(relationNames, relation),
        },
        {
          title: '起止日期',
          key: 'dates',
          width: 190,
          render: (_, b) => `${b.startedOn} 至 ${b.endedOn ?? (b.status === 'confirmed' ? '今' : '—')}`,
        },
        {
          title: '状态',
          dataIndex: 'status',
          key: 'status',
          width: 130,
          render: (_, b) => <BindingStatusTag status={b.status} />,
        },
        {
          title: '原因 / 说明',
          key: 'reason',
          render: (_, b) => b.reason ?? (b.source === 'person' ? '—' : nameOf(bindingSourceNames, b.source)),
        },
        timeColumn('申请时间', 'requestedAt', 140),
      ]}
    />
  );
}
