import { Select } from 'antd';
import { errorMessage } from '../api/client';
import { listDepartments } from '../api/units';
import { type NullableChoiceProps, nullableChoice } from '../lib/nullable-choice';
import { useRequest } from '../lib/use-request';

interface Props extends NullableChoiceProps {
  /** The unit's region: the departments of it and of the regions above it are offered. */
  regionCode: string | undefined;
  disabled?: boolean;
}

/** Chooses a competent department (主管部门) for a unit of `regionCode`, or none. */
export function DepartmentSelect({ regionCode, disabled, ...field }: Props) {
  const departments = useRequest(
    (signal) => (regionCode ? listDepartments(regionCode, signal) : Promise.resolve([])),
    [regionCode],
  );
  return (
    <Select<string>
      {...nullableChoice(field)}
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
