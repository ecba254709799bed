import { fieldsOf, renderFormPdf } from '../../platform/pdf';

export interface NoticeRow {
  maskedName: string;
  unitName: string;
  targetTitle: string;
  startsOn: string;
  endsOn: string;
}

/**
 * The 公示表 a unit posts: who applies for what, the period, and where objections go —
 * the same masked facts as the public page, in landscape for the notice board.
 */
export function renderNoticeSheet(
  publisher: string,
  today: string,
  rows: readonly NoticeRow[],
): Promise<Uint8Array> {
  const ends = [...new Set(rows.map((r) => r.endsOn))].sort();
  return renderFormPdf({
    title: '专业技术职务任职资格申报人员公示表',
    meta: fieldsOf({ 公示单位: publisher, 制表日期: today }),
    landscape: true,
    sections: [
      {
        heading: '公示名单',
        table: {
          columns: [
            { title: '序号', width: 40 },
            { title: '姓名', width: 80 },
            { title: '工作单位' },
            { title: '申报资格' },
            { title: '公示期', width: 170 },
          ],
          rows: rows.map((r, i) => [
            String(i + 1),
            r.maskedName,
            r.unitName,
            r.targetTitle,
            `${r.startsOn}至${r.endsOn}`,
          ]),
        },
      },
      {
        heading: '说明',
        paragraphs: [
          `公示期不少于5个工作日${ends.length > 0 ? `，至${ends.at(-1)}止` : ''}。公示期间，对公示人员有异议的，请以真实姓名和联系方式向${publisher}反映，或通过职评系统“公示公告”页面在线提出。匿名异议不予受理。`,
        ],
      },
    ],
    footer: `职评 zhiping · ${publisher}`,
  });
}
