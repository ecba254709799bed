import { Select, Spin } from 'antd';
import { type EmployerChoice, searchEmployers } from '../../api/employment';
import { type NullableChoiceProps, nullableChoice } from '../../lib/nullable-choice';
import { useServerSearch } from '../../lib/use-server-search';

/**
 * Chooses the employer to ask, searching approved employers by name or by the start of the credit
 * code: the person types what is on their contract or payslip, and sees the code and place to be sure.
 */
export function EmployerSearchSelect(field: NullableChoiceProps) {
  // Only what matches what the person typed is offered; a blank box asks nothing.
  const { options, loading, search } = useServerSearch<EmployerChoice>((text) =>
    text.trim() ? searchEmployers(text.trim()) : null,
  );

  return (
    <Select<string>
      {...nullableChoice(field)}
      showSearch={{ filterOption: false, onSearch: search }}
      placeholder="输入单位名称或统一社会信用代码搜索"
      notFoundContent={loading ? <Spin size="small" /> : '输入单位名称或信用代码后显示匹配的单位'}
      loading={loading}
      options={options.map((unit) => ({
        value: unit.id,
        label: unit.name,
        unit,
      }))}
      optionRender={(option) => {
        const unit = (option.data as { unit: EmployerChoice }).unit;
        return (
          <div style={{ whiteSpace: 'normal' }}>
            <div>{unit.name}</div>
            <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
              {unit.creditCode} · {unit.regionName}
            </div>
          </div>
        );
      }}
    />
  );
}
