import { listOrganisations } from '../api/organisations';
import type { NullableChoiceProps } from '../lib/nullable-choice';
import { ServerSearchSelect } from './server-search-select';

interface Props extends NullableChoiceProps {
  /** The organisation already chosen, so its name shows before anything is searched. */
  initial?: { id: string; name: string } | null;
  placeholder?: string;
}

const findOrganisations = (text: string) =>
  listOrganisations({ q: text.trim() || undefined, page: 1, pageSize: 20 }).then((page) =>
    page.items.map((org) => ({ value: org.id, label: org.name })),
  );

/** Chooses an organisation by searching the server by name or credit code; there are too many to list. */
export function OrganisationSelect({ placeholder, ...field }: Props) {
  return (
    <ServerSearchSelect
      {...field}
      find={findOrganisations}
      placeholder={placeholder ?? '输入单位名称搜索'}
      notFound="无匹配单位"
    />
  );
}
