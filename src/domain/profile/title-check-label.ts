import type { TitleRecordSource } from './title-records';
import type { TitleCheck } from './title-verification';

/** Where a verified title's record comes from, as reviewers and the person read it. */
export const TITLE_RECORD_SOURCE_NAMES: Readonly<Record<TitleRecordSource, string>> = {
  certificate: '证书台账',
  import: '历史导入',
  'title-record': '职称档案',
};

/**
 * One declared title's standing in words: 已核验（证书台账 No.） / 本人申报, and a revoked
 * certificate said outright, since a reviewer must not miss it.
 */
export function titleCheckLabel(check: TitleCheck): string {
  if (check.verified && check.source !== 'declared') {
    const number = check.certificateNumber ? ` ${check.certificateNumber}` : '';
    return `已核验（${TITLE_RECORD_SOURCE_NAMES[check.source]}${number}）`;
  }
  return check.revoked ? `本人申报（证书${check.revoked.certificateNumber}已撤销）` : '本人申报';
}
