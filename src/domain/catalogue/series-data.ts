import { SERIES_01_TO_13 } from './series-data-01-13';
import { SERIES_14_TO_27 } from './series-data-14-27';
import type { SeriesDefinition } from './series-definition';

export type { SeriesDefinition, TitleLineDefinition } from './series-definition';

/**
 * The 27 national title series, in the order of 人社部专业技术人员管理司
 * 《职称系列（专业）各层级名称》(2021-11-02); `code` is the position in that list, 01–27.
 * No official 2-digit code table was found; the 2024 职称名称 table published by 新疆人社
 * (xjzcsq.com) numbers 系列代码 01 高等学校教师 … 08 出版专业人员 the same way, which is the
 * corroboration for 01–08.
 *
 * Level names: rows 1–13 are as printed in the 2021 list (seen in a reprint); the rest
 * follow each series' reform document where one could be checked:
 * 体育 人社部发〔2020〕76号 (and 黑龙江 运动防护师 standard for its names), 翻译 (湖南/云南
 * standards reprinting the national 统一职称名称), 会计/统计/经济/审计 (初级只设助理级),
 * 艺术 人社部发〔2020〕68号, 公共法律服务 人社部发〔2021〕59号, 实验技术 人社部发〔2021〕62号,
 * 中等职业学校教师 (reform opinion reprint). Lines marked UNCONFIRMED could not be checked
 * against a reprint of the national text and follow GB/T 8561 names.
 */
export const SERIES_DEFINITIONS: readonly SeriesDefinition[] = [...SERIES_01_TO_13, ...SERIES_14_TO_27];
