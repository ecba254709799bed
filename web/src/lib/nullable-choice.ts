/** What a form field that chooses a record by id takes from its `Form.Item`; `null` is no choice. */
export interface NullableChoiceProps {
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
}

/**
 * The props of a clearable antd `Select` for such a field: the API speaks `null` for "none" where antd
 * speaks `undefined`, so the empty value is translated both ways here, once.
 */
export function nullableChoice({ value, onChange, id }: NullableChoiceProps) {
  return {
    id,
    value: value ?? undefined,
    onChange: (chosen: string | undefined) => onChange?.(chosen ?? null),
    allowClear: true,
  };
}
