import type { Db } from '../../db/client';
import { notFound } from '../../domain/errors';
import { fieldsOf, mergePdfs, type PdfForm, renderFormPdf } from '../../platform/pdf';
import type { SessionContext } from './session-context';
import { sessionDetail } from './session-view';

/** Who keeps each copy (2025-draft 17): the committee office, the employer's personnel file, the person. */
export const EVALUATION_FORM_COPIES = [
  '第一联：评委会办事机构存档',
  '第二联：用人单位存入本人人事档案',
  '第三联：本人留存',
];

const OUTCOME_NAMES: Record<string, string> = {
  passed: '通过',
  'below-threshold': '未通过（同意票未达规定票数）',
  'over-cap': '未通过（超出通过率控制）',
  'tied-at-cap': '未通过（通过率临界同票，不进行第二轮投票）',
  'green-channel-failed': '未通过（绿色通道须3名专家一致同意）',
};

/**
 * The 评定表 of one application in a session with fixed results, in three copies: identity
 * (ID masked), target, the session, the vote as counted (never who voted how), the result
 * publicity, filing and announcement, with signature and stamp boxes.
 */
export async function renderEvaluationForm(
  db: Db,
  ctx: SessionContext,
  applicationId: string,
): Promise<Uint8Array> {
  const detail = await sessionDetail(db, ctx);
  const item = detail.agenda.find((a) => a.applicationId === applicationId);
  if (!item?.result) throw notFound('评审结果', 'RESULT_NOT_FOUND');
  const r = item.result;
  const form = (copy: string): PdfForm => ({
    title: '专业技术职务任职资格评定表',
    subtitle: `（${detail.year}年度）`,
    meta: fieldsOf({ 申报编号: item.number, 联次: copy }),
    sections: [
      {
        heading: '一、申报人情况',
        columns: 2,
        fields: fieldsOf({
          姓名: item.personName,
          工作单位: item.employerName,
          评审资格: item.title,
          申报途径: item.pathwayName,
        }),
      },
      {
        heading: '二、评审情况',
        columns: 2,
        fields: fieldsOf({
          评审委员会: detail.committeeName,
          评审会议: `${detail.name}（${detail.heldOn}，${detail.place}）`,
          到会专家: `${r.attending}人`,
          规定同意票数: `${r.required}票（到会专家的三分之二以上）`,
          表决结果: `同意${r.agree}票，不同意${r.disagree}票，弃权${r.abstain}票`,
          评审结论: OUTCOME_NAMES[r.outcome] ?? r.outcome,
          通过率控制组: r.capGroup,
          说明: r.reason,
        }),
      },
      {
        heading: '三、公示、备案与发文',
        columns: 2,
        fields: fieldsOf({
          结果公示截止: detail.results.publicityEndsOn ?? '—',
          备案日期: detail.results.filedOn ?? '—',
          发文文号: detail.results.announcementNumber ?? '—',
          发文日期: detail.results.announcedOn ?? '—',
        }),
      },
    ],
    signatures: ['评审委员会主任委员（签字）：', '评审委员会（盖章）：', '人社部门备案（盖章）：'],
    footer: `${copy} · 结果摘要SM3 ${detail.results.digest ?? ''}`,
  });
  return mergePdfs(await Promise.all(EVALUATION_FORM_COPIES.map((copy) => renderFormPdf(form(copy)))));
}
