import { Cascader } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../api/client';
import { fetchRegions, type Region } from '../api/reference';

interface Props {
  /** The chosen 行政区划 code (any level: a province bureau's jurisdiction is the province). */
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  disabled?: boolean;
}

/**
 * Picks a jurisdiction from the region tree. The form holds the code alone; the cascader's path is
 * derived from it, so server errors on `jurisdictionCode` land on this field.
 */
export function JurisdictionCascader({
  value,
  onChange,
  placeholder,
  allowClear = true,
  style,
  id,
  disabled,
}: Props) {
  const [regions, setRegions] = useState<Region[]>([]);
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    let live = true;
    fetchRegions().then(
      (tree) => live && setRegions(tree),
      (error: unknown) => live && setLoadError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, []);

  const path = useMemo(
    () => (value ? (findRegionPath(regions, value) ?? [value]) : undefined),
    [regions, value],
  );

  return (
    <Cascader<Region>
      id={id}
      style={style}
      disabled={disabled}
      options={regions}
      fieldNames={{ label: 'name', value: 'code', children: 'children' }}
      value={path}
      // Any level may be chosen: a province or city is itself a jurisdiction.
      changeOnSelect
      allowClear={allowClear}
      showSearch={{
        filter: (input, options) => options.some((option) => option.name.includes(input.trim())),
      }}
      placeholder={loadError ? `行政区划加载失败：${loadError}` : (placeholder ?? '请选择行政区划')}
      status={loadError ? 'error' : undefined}
      onChange={(codes) => onChange?.(codes?.length ? String(codes[codes.length - 1]) : undefined)}
    />
  );
}

/** The chain of codes from a province down to `code`, or `undefined` if the tree does not hold it. */
export function findRegionPath(tree: readonly Region[], code: string): string[] | undefined {
  for (const region of tree) {
    if (region.code === code) return [region.code];
    const below = region.children ? findRegionPath(region.children, code) : undefined;
    if (below) return [region.code, ...below];
  }
  return undefined;
}
