/**
 * The public verification answer of a senior telecom engineer conferred by the province's
 * committee under 辽人社〔2026〕201号 (what `conferTitles` confers), but for its number, status and
 * masked holder. The certificates test expects it to the letter; the verify benchmark's baseline
 * answers it, so that both sides of that benchmark send the same shape and size. No imports: the
 * baseline is a bare server.
 */
export const SENIOR_TELECOM_VERIFICATION = {
  title: '高级工程师',
  series: '工程技术',
  level: '副高级',
  specialty: '通信工程',
  committee: '辽宁省通信工程专业高级职称评审委员会',
  announcement: '辽人社〔2026〕201号',
  issuedOn: '2026-11-23',
} as const;
