import { SafetyCertificateOutlined, StopOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { LEVEL_NAMES, type Level } from '../../../src/domain/catalogue/levels';
import { findSeries, titleName } from '../../../src/domain/catalogue/series';
import { TITLE_RECORD_SOURCE_NAMES } from '../../../src/domain/profile/title-check-label';
import type { TitleCheck } from '../../../src/domain/profile/title-verification';

/** 工程师（工程技术 · 中级）: the title as people say it, with the series and level it sits in. */
export function titleWithSeries(title: { series: string; level: Level }): string {
  const series = findSeries(title.series)?.name ?? title.series;
  const name = titleName(title.series, title.level) ?? LEVEL_NAMES[title.level];
  return `${name}（${series} · ${LEVEL_NAMES[title.level]}）`;
}

const tagStyle = { marginInlineEnd: 0, whiteSpace: 'normal' as const, cursor: 'help' };

/**
 * Whether a declared title is backed by a record: 已核验（证书台账 / 历史导入 / 职称档案）, 本人申报 when
 * no record matches, and a revoked certificate in red — a reviewer must not miss it.
 */
export function TitleCheckTag({ check }: { check: TitleCheck | undefined }) {
  if (check?.verified && check.source !== 'declared')
    return (
      <Tooltip
        title={
          check.certificateNumber
            ? `与证书台账一致，证书编号 ${check.certificateNumber}（可在证书查验页核对）`
            : '与职称档案记录一致'
        }
      >
        <Tag
          color="success"
          icon={<SafetyCertificateOutlined />}
          tabIndex={0}
          style={tagStyle}
          data-testid="title-verified"
        >
          已核验（{TITLE_RECORD_SOURCE_NAMES[check.source]}）
        </Tag>
      </Tooltip>
    );
  if (check?.revoked)
    return (
      <Tooltip
        title={`证书 ${check.revoked.certificateNumber} 已于 ${check.revoked.revokedOn ?? '—'} 撤销，该职称不能作为申报依据`}
      >
        <Tag color="error" icon={<StopOutlined />} tabIndex={0} style={tagStyle} data-testid="title-revoked">
          证书已撤销
        </Tag>
      </Tooltip>
    );
  return (
    <Tooltip title="系统中没有系列、层级、取得日期都一致的证书或档案记录，以本人申报为准，审核时请核对证书原件">
      <Tag tabIndex={0} style={tagStyle} data-testid="title-declared">
        本人申报
      </Tag>
    </Tooltip>
  );
}
