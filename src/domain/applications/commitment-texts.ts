import type { Citation } from '../policy/citation';

export type CommitmentKind = 'personal' | 'unit';

export interface CommitmentText {
  kind: CommitmentKind;
  version: string;
  title: string;
  text: string;
  citation: Citation;
}

/**
 * 个人、单位双承诺 (anshan-2023 §九, liaoyang-2023 §十一, 2025-draft #14). The version is
 * stored with each signature and the SM3 of the exact text, so a later wording change never
 * alters what someone agreed to.
 */
export const COMMITMENT_TEXTS: Readonly<Record<CommitmentKind, CommitmentText>> = {
  personal: {
    kind: 'personal',
    version: '2026-1',
    title: '申报人诚信承诺书',
    text:
      '本人郑重承诺：所填报的个人信息、学历资历、工作经历、业绩成果及提交的全部申报材料真实、准确、完整，' +
      '不存在弄虚作假、学术不端等情形。如有不实，本人愿意承担取消申报资格、撤销已取得职称并记入职称评审诚信档案库等一切后果。',
    citation: { document: 'anshan-2023', clause: '九' },
  },
  unit: {
    kind: 'unit',
    version: '2026-1',
    title: '用人单位审核推荐承诺书',
    text:
      '本单位已对申报人的申报材料进行审核，并在本单位公示不少于5个工作日，公示期间无异议（或异议已核实处理）。' +
      '本单位承诺所推荐人员的申报材料真实有效。如有不实，本单位愿意承担相应责任。',
    citation: { document: 'anshan-2023', clause: '九' },
  },
};
