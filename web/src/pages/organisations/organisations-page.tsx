import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import {
  listOrganisations,
  type OrganisationKind,
  type OrganisationRow,
  type OrganisationSort,
  organisationsExportPath,
} from '../../api/organisations';
import { ExportButton } from '../../components/export-button';
import { JurisdictionCascader } from '../../components/jurisdiction-cascader';
import { PageHeader } from '../../components/page-header';
import { SearchBox } from '../../components/search-box';
import { organisationKindOptions } from '../../lib/labels';
import { useRequest } from '../../lib/use-request';
import { paginationOf, useTableQuery } from '../../lib/use-table-query';
import { hasPermission } from '../../session/access';
import { useMe } from '../../session/session-context';
import { organisationColumns } from './organisation-columns';
import { OrganisationFormModal } from './organisation-form-modal';

const filterKeys = ['q', 'kind', 'jurisdiction'] as const;

/** 单位管理: employers, bureaus, departments, committee offices and dispatch agencies. */
export function OrganisationsPage() {
  const me = useMe();
  const canWrite = hasPermission(me, 'organisations.manage');
  const { query, setFilter, onTableChange } = useTableQuery(filterKeys);
  const [editing, setEditing] = useState<{ organisation: OrganisationRow | null } | null>(null);

  const filters = useMemo(
    () => ({
      q: query.filters.q,
      kind: query.filters.kind as OrganisationKind | undefined,
      jurisdiction: query.filters.jurisdiction,
      sort: query.sort as OrganisationSort | undefined,
    }),
    [query],
  );
  const { data, error, loading, reload } = useRequest(
    (signal) => listOrganisations({ ...filters, page: query.page, pageSize: query.pageSize }, signal),
    [filters, query.page, query.pageSize],
  );

  const columns = organisationColumns(
    query.sort,
    canWrite ? (organisation) => setEditing({ organisation }) : undefined,
  );

  return (
    <>
      <PageHeader
        title="单位管理"
        description="用人单位、人社部门、主管部门、评委会办事机构和劳务派遣单位的基本信息。"
        extra={
          <>
            <ExportButton path={organisationsExportPath} query={filters} fileName="单位列表.xlsx" />
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ organisation: null })}
              >
                新增单位
              </Button>
            ) : null}
          </>
        }
      />
      <Card size="small">
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <SearchBox
            value={filters.q}
            onSearch={(q) => setFilter('q', q)}
            placeholder="单位名称 / 统一社会信用代码"
            width={300}
          />
          <Select
            value={filters.kind}
            onChange={(kind) => setFilter('kind', kind)}
            options={organisationKindOptions}
            placeholder="全部类型"
            allowClear
            style={{ width: 160 }}
            aria-label="按单位类型筛选"
          />
          <JurisdictionCascader
            value={filters.jurisdiction}
            onChange={(code) => setFilter('jurisdiction', code)}
            placeholder="全部行政区划"
            style={{ width: 240 }}
          />
        </Flex>
        {error ? (
          <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />
        ) : null}
        <Table<OrganisationRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items}
          loading={loading}
          pagination={paginationOf(query, data?.total ?? 0)}
          onChange={onTableChange}
          scroll={{ x: 1000 }}
          locale={{ emptyText: '没有符合条件的单位' }}
        />
      </Card>
      <OrganisationFormModal
        open={editing !== null}
        organisation={editing?.organisation ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </>
  );
}
