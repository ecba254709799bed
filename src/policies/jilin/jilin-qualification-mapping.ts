import type { Level } from '../../domain/catalogue';

/**
 * 《吉林省部分专业技术类职业资格与职称对应目录》 (jilin-2022 一(一)2). The catalogue itself is
 * not among the seed texts; these entries follow the national correspondence of
 * qualifications and titles and must be checked against the provincial catalogue before use
 * in production — an HR administrator can extend this list as data.
 */
export const JILIN_QUALIFICATION_MAPPING: readonly { name: string; series: string; level: Level }[] = [
  { name: '一级注册建造师', series: 'engineering', level: 'intermediate' },
  { name: '二级注册建造师', series: 'engineering', level: 'assistant' },
  { name: '一级注册建筑师', series: 'engineering', level: 'intermediate' },
  { name: '注册会计师', series: 'accounting', level: 'intermediate' },
  { name: '执业药师', series: 'health', level: 'intermediate' },
];
