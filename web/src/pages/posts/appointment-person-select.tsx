import { searchStaff } from '../../api/employment';
import { ServerSearchSelect } from '../../components/server-search-select';
import type { NullableChoiceProps } from '../../lib/nullable-choice';

interface Option {
  value: string;
  label: string;
  masked: string;
}

interface Props extends NullableChoiceProps {
  /** The person already named (a draft being corrected), shown before anything is searched. */
  initial?: { id: string; name: string } | null;
}

const findStaff = (text: string): Promise<Option[]> =>
  searchStaff(text.trim()).then((staff) =>
    staff.map((b) => ({ value: b.person.id, label: b.person.name, masked: b.person.idNumberMasked })),
  );

/**
 * 拟聘人员: the unit's confirmed staff, searched by name on the server (a hospital has hundreds); the
 * masked ID number tells two people of one name apart.
 */
export function AppointmentPersonSelect(field: Props) {
  return (
    <ServerSearchSelect<Option>
      {...field}
      find={findStaff}
      placeholder="输入姓名搜索本单位人员"
      notFound="本单位没有该人员（须先确认人员绑定）"
      optionRender={(option) => {
        const { masked } = option.data as Option;
        return (
          <span>
            {option.label}
            {masked ? (
              <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 8 }}>{masked}</span>
            ) : null}
          </span>
        );
      }}
    />
  );
}
