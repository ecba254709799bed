import { Descriptions, Grid, Typography } from 'antd';
import type { OrganisationRow } from '../../api/organisations';
import { DetailDrawer } from '../../components/detail-drawer';
import { employerKindNames, nameOf, organisationKindNames } from '../../lib/labels';
import { formatDateTime } from '../../lib/time';
import { UnitRelationsPanel } from '../unit-registrations/unit-relations-panel';
import { UnitStatusTag } from '../unit-registrations/unit-status-tag';

interface Props {
  /** The organisation to show; `null` keeps the drawer closed. */
  organisation: OrganisationRow | null;
  onClose: () => void;
  /** Its department changed: the list behind should reload. */
  onChanged: () => void;
}

/**
 * One organisation as the administrator sees it; for an employer or a dispatch agency, also its
 * competent department and dispatch relations, which the administrator may change.
 */
export function OrganisationDrawer({ organisation: o, onClose, onChanged }: Props) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <DetailDrawer subject={o} onClose={onClose} title={o ? `单位详情：${o.name}` : '单位详情'} width={680}>
      {o ? (
        <div data-testid="organisation-detail">
          <Descriptions
            size="small"
            bordered
            column={phone ? 1 : 2}
            items={[
              { key: 'name', label: '单位名称', children: o.name, span: 'filled' },
              { key: 'kind', label: '单位类型', children: nameOf(organisationKindNames, o.kind) },
              { key: 'status', label: '状态', children: <UnitStatusTag status={o.status} /> },
              {
                key: 'creditCode',
                label: '统一社会信用代码',
                children: (
                  <Typography.Text style={{ fontFamily: 'monospace' }}>{o.creditCode}</Typography.Text>
                ),
              },
              { key: 'employerKind', label: '单位性质', children: nameOf(employerKindNames, o.employerKind) },
              { key: 'region', label: '行政区划', children: o.jurisdiction.name },
              { key: 'address', label: '单位地址', children: o.address ?? '—', span: 'filled' },
              {
                key: 'contact',
                label: '联系人',
                children: o.contact ? `${o.contact.name} ${o.contact.phoneMasked ?? ''}` : '—',
              },
              { key: 'createdAt', label: '创建时间', children: formatDateTime(o.createdAt) },
            ]}
          />
          {o.kind === 'employer' || o.kind === 'dispatch-agency' ? (
            <UnitRelationsPanel unit={o} editable onChanged={onChanged} />
          ) : null}
        </div>
      ) : null}
    </DetailDrawer>
  );
}
