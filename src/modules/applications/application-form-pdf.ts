import { COMMITMENT_TEXTS, type CommitmentKind } from '../../domain/applications/commitment-texts';
import { shanghaiTime } from '../../domain/calendar/shanghai-time';
import { findSeries, levelName, postGradeName } from '../../domain/catalogue';
import type { Applicant, EligibilityResult } from '../../domain/policy';
import { EMPLOYER_KIND_NAMES } from '../../domain/policy/names';
import { DEGREE_NAMES } from '../../domain/policy/profile-facts';
import { titleCheckLabel } from '../../domain/profile/title-check-label';
import { fieldsOf, type PdfForm, renderFormPdf } from '../../platform/pdf';
import type { ApplicationQueries } from './application-queries';

type Detail = Awaited<ReturnType<ApplicationQueries['get']>>;

const APPRAISALS: Record<string, string> = {
  excellent: '优秀',
  competent: '合格（称职）',
  'basically-competent': '基本合格',
  incompetent: '不合格',
};

const cite = (c: { document: string; clause: string }) => `${c.document} ${c.clause}`;

function eligibilityParagraphs(result: EligibilityResult): string[] {
  if (result.eligible) return [`经系统按政策集核验，符合申报条件（${result.asOf}）。`, ...result.warnings];
  return [
    `经系统按政策集核验，以下条件未满足（${result.asOf}），请审核时重点核实：`,
    ...result.unmet.map((u, i) => `${i + 1}. ${u.message}（依据：${cite(u.citation)}）`),
    ...result.warnings,
  ];
}

function titleCheck(detail: Detail, index: number): string {
  const check = detail.verification.titles.find((t) => t.index === index);
  return check ? titleCheckLabel(check) : '本人申报';
}

/**
 * The 评审表 of one application: identity (ID masked), the target and the rules it was judged
 * under, the facts from the stored profile (each title marked verified against the records or
 * declared, and the records not declared), the eligibility with its clauses, the signed
 * commitments, the review chain so far, and boxes for each level's opinion and stamp.
 */
export function renderApplicationForm(
  detail: Detail,
  profile: Partial<Applicant> | null,
): Promise<Uint8Array> {
  const declared = profile ?? {};
  const form: PdfForm = {
    title: '专业技术职务任职资格评审表',
    subtitle: `（${detail.year}年度）`,
    meta: fieldsOf({ 申报编号: detail.number, 状态: detail.stateName }),
    sections: [
      {
        heading: '一、基本情况',
        columns: 2,
        fields: fieldsOf({
          姓名: detail.personName,
          身份证号码: detail.idNumberMasked,
          出生日期: declared.birthDate ?? '',
          工作单位: detail.employerName,
          申报系列: detail.seriesName,
          申报资格: detail.title,
          申报层级: detail.levelName,
          申报途径: detail.pathwayName,
          劳务派遣单位: detail.dispatchAgencyName ?? '—',
          主管部门: detail.departmentName ?? '—',
          评审委员会: detail.committee
            ? `${detail.committee.name}${detail.committee.entrusted ? '（委托评审）' : ''}`
            : '—',
          政策依据: `${detail.policy.name}${detail.policy.note ? `（${detail.policy.note}）` : ''}`,
        }),
      },
      {
        heading: '二、学历',
        table: {
          columns: [
            { title: '学历学位' },
            { title: '所学专业' },
            { title: '毕业时间' },
            { title: '学习形式' },
          ],
          rows: (declared.education ?? []).map((e) => [
            DEGREE_NAMES[e.degree] ?? e.degree,
            e.major ?? '',
            e.graduatedOn ?? '',
            e.fullTime ? '全日制' : '非全日制',
          ]),
        },
      },
      {
        heading: '三、现有职称',
        table: {
          columns: [{ title: '系列' }, { title: '层级' }, { title: '取得时间' }, { title: '核验情况' }],
          rows: [
            ...detail.applicant.titles.map((t, i) => [
              findSeries(t.series)?.name ?? t.series,
              levelName(t.level),
              t.obtainedOn,
              titleCheck(detail, i),
            ]),
            // Titles on record the person left out: the reviewer should know they exist.
            ...detail.verification.unclaimedRecords.map((r) => [
              findSeries(r.series)?.name ?? r.series,
              levelName(r.level),
              r.obtainedOn,
              '系统记录，本人未填报',
            ]),
          ],
        },
      },
      {
        heading: '四、工作经历',
        table: {
          columns: [{ title: '起始时间' }, { title: '截止时间' }, { title: '单位性质' }, { title: '一线' }],
          rows: (declared.work ?? []).map((w) => [
            w.from,
            w.to ?? '至今',
            EMPLOYER_KIND_NAMES[w.employerKind] ?? w.employerKind,
            w.frontline ? '是' : '否',
          ]),
        },
      },
      {
        // The posts the eligibility counted tenure from: recorded (聘用备案) or only typed (本人填报).
        heading: '五、岗位聘任',
        table: {
          columns: [
            { title: '岗位等级' },
            { title: '起始时间' },
            { title: '截止时间' },
            { title: '核验情况' },
          ],
          rows: detail.applicant.posts.map((p) => [
            postGradeName(p.grade),
            p.from,
            p.to ?? '至今',
            p.verified ? '聘用备案' : '本人填报，无聘用记录印证',
          ]),
        },
      },
      {
        heading: '六、年度考核与继续教育',
        table: {
          columns: [{ title: '年度' }, { title: '考核结果' }, { title: '继续教育学时（其中专业科目）' }],
          rows: [
            ...new Set([
              ...(declared.annualAppraisals ?? []).map((a) => a.year),
              ...(declared.continuingEducation ?? []).map((c) => c.year),
            ]),
          ]
            .sort()
            .map((year) => {
              const appraisal = declared.annualAppraisals?.find((a) => a.year === year);
              const ce = declared.continuingEducation?.find((c) => c.year === year);
              return [
                String(year),
                appraisal ? (APPRAISALS[appraisal.result] ?? appraisal.result) : '',
                ce ? `${ce.hours}（${ce.professionalHours}）` : '',
              ];
            }),
        },
      },
      { heading: '七、资格审查（系统核验）', paragraphs: eligibilityParagraphs(detail.eligibility) },
      {
        heading: '八、诚信承诺',
        paragraphs: detail.commitments.flatMap((c) => [
          `${c.title}（${c.textVersion}版）：${COMMITMENT_TEXTS[c.kind as CommitmentKind]?.text ?? ''}`,
          `签署人：${c.signedBy}，签署时间：${shanghaiTime(c.signedAt)}`,
        ]),
      },
      {
        heading: '九、审核流程',
        table: {
          columns: [
            { title: '时间', width: 120 },
            { title: '环节' },
            { title: '办理人' },
            { title: '意见或理由' },
          ],
          rows: detail.timeline.map((e) => [
            shanghaiTime(e.occurredAt),
            e.toStateName,
            `${e.actorRoleName} ${e.organisationName ?? ''} ${e.actorName}`.trim(),
            e.reason ?? '',
          ]),
        },
      },
    ],
    signatures: ['申报人签字：', '单位意见（盖章）：', '主管部门意见（盖章）：', '人社部门意见（盖章）：'],
    footer: `职评 zhiping · ${detail.number}`,
  };
  return renderFormPdf(form);
}
