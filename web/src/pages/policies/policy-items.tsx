import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type {
  DiffItem,
  DiffKind,
  GeneralItem,
  Layered,
  ParameterItem,
  PathwayItem,
  StandardItem,
} from '../../api/policies';
import { CitationTag } from '../../components/citation-tag';
import { EffectTags } from '../../components/effect-tags';
import { layerName, parameterName, parameterValue, pathwayNames, scopeText } from '../../lib/policy-labels';

export const diffKindNames: Record<DiffKind, string> = {
  pathway: '申报途径',
  general: '通用条件',
  standard: '评价基本标准',
  parameter: '参数',
};

/**
 * Where an item comes from, seen from the policy set `own`: its own layer (本级), or the layer it
 * inherits from (继承自国家, 继承自辽宁省).
 */
export function LayerTag({ layer, own }: { layer: string; own: string }) {
  if (layer === own)
    return (
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        本级（{layerName(layer)}）
      </Tag>
    );
  return <Tag style={{ marginInlineEnd: 0 }}>继承自{layerName(layer)}</Tag>;
}

/** 2023-01-01 起 / 至 2024-01-01 前 / 长期有效. */
export function datesText({
  effectiveFrom,
  effectiveUntil,
}: Pick<Layered, 'effectiveFrom' | 'effectiveUntil'>) {
  if (!effectiveFrom && !effectiveUntil) return '长期有效';
  return [effectiveFrom ? `${effectiveFrom} 起` : '', effectiveUntil ? `${effectiveUntil} 前` : '']
    .filter(Boolean)
    .join('，');
}

/** The citation, the layer and the dates of an item: the line every item ends with. */
export function Provenance({ item, own }: { item: Layered; own: string }) {
  return (
    <Flex wrap gap={6} align="center">
      <CitationTag citation={item.citation} />
      <LayerTag layer={item.layer} own={own} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {datesText(item)}
      </Typography.Text>
    </Flex>
  );
}

function Scope({ scope }: { scope: GeneralItem['appliesTo'] }) {
  const text = scopeText(scope);
  return text ? (
    <Tag color="cyan" style={{ marginInlineEnd: 0 }}>
      {text}
    </Tag>
  ) : null;
}

export function ParameterSummary({ item }: { item: ParameterItem }) {
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong>{parameterValue(item.key, item.value)}</Typography.Text>
      {item.note ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.note}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

export function GeneralSummary({ item }: { item: GeneralItem }) {
  return (
    <Flex vertical gap={4} align="flex-start">
      <Typography.Text>{item.description}</Typography.Text>
      <Scope scope={item.appliesTo} />
    </Flex>
  );
}

export function StandardSummary({ item }: { item: StandardItem }) {
  return (
    <ol style={{ margin: 0, paddingInlineStart: 18 }}>
      {item.routes.map((route) => (
        <li key={route}>{route}</li>
      ))}
    </ol>
  );
}

/** A pathway variant: its own conditions, seniority reductions and effects, each cited. */
export function PathwaySummary({ item }: { item: PathwayItem }) {
  return (
    <Flex vertical gap={6} align="flex-start">
      <Flex wrap gap={6} align="center">
        <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
          {pathwayNames[item.pathway] ?? item.pathway}
        </Tag>
        <Typography.Text type="secondary">基本标准：{item.standard}</Typography.Text>
        <Scope scope={item.appliesTo} />
      </Flex>
      {item.conditions.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {item.conditions.map((condition) => (
            <li key={condition.id} style={{ marginBottom: 4 }}>
              {condition.description} <CitationTag citation={condition.citation} />
            </li>
          ))}
        </ul>
      ) : null}
      {item.reductions.map((reduction) => (
        <Typography.Text key={reduction.description}>
          资历可缩短 {reduction.years} 年：{reduction.description}{' '}
          <CitationTag citation={reduction.citation} />
        </Typography.Text>
      ))}
      <EffectTags effects={item.effects} />
    </Flex>
  );
}

/** The name of an item in a list or a diff row: the parameter's meaning, the pathway's basis, … */
export function itemTitle(kind: DiffKind, key: string, item: DiffItem | null): ReactNode {
  if (kind === 'parameter')
    return (
      <Flex vertical>
        <Typography.Text>{parameterName(key)}</Typography.Text>
        <Typography.Text code style={{ fontSize: 12, alignSelf: 'flex-start' }}>
          {key}
        </Typography.Text>
      </Flex>
    );
  if (kind === 'standard' && item) {
    const standard = item as StandardItem;
    return `${standard.seriesName} · ${standard.levelName}`;
  }
  if (kind === 'pathway' && item) return (item as PathwayItem).name;
  if (kind === 'general' && item) return (item as GeneralItem).description;
  return key;
}

/** The substance of any item, for one side of a diff. */
export function ItemSummary({ kind, item }: { kind: DiffKind; item: DiffItem }) {
  switch (kind) {
    case 'parameter':
      return <ParameterSummary item={item as ParameterItem} />;
    case 'general':
      return <GeneralSummary item={item as GeneralItem} />;
    case 'standard':
      return <StandardSummary item={item as StandardItem} />;
    case 'pathway':
      return <PathwaySummary item={item as PathwayItem} />;
  }
}
