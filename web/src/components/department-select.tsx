import { Select } from 'antd';
import { errorMessage } from '../api/client';
import { listDepartments } from '../api/units';
import { useRequest } from '../lib/use-request';

interface Props {
  /** The unit's region: the departments of it and of the regions above it are offered. */
  regionCode: string | undefined;
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
  disabled?: boolean;
}

/** Chooses a competent department (主管部门) for a unit of `regionCode`, or none. */
export function DepartmentSelect({ regionCode, value, onChange, id, disabled }: Props) {
  const departments = useRequest(
    (signal) => (regionCode ? listDepartments(regionCode, signal) : Promise.resolve([])),
    [regionCode],
  );
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(chosen) => onChange?.(chosen ?? null)}
      allowClear
      disabled={disabled || !regionCode}
      loading={departments.loading}
      placeholder={
        departments.error
          ? `主管部门加载失败：${errorMessage(departments.error)}`
          : regionCode
            ? '无主管部门（可不选）'
            : '请先选择所在地区'
      }
      showSearch={{ optionFilterProp: 'label' }}
      options={(departments.data ?? []).map((d) => ({
        value: d.id,
        label: `${d.name}（${d.jurisdiction.name}）`,
      }))}
      notFoundContent="该地区暂无已登记的主管部门"
      style={{ width: '100%' }}
    />
  );
}
