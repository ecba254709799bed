import type { ConditionRule, Parameter, PathwayVariant } from '../../domain/policy/rule-base';

/** Where each shared provision sits in one city document (its own numbering). */
export interface CityClauses {
  directRecognition?: string;
  engineerTeam?: string;
  postdoc?: string;
  throughTrain?: string;
  grassroots?: string;
  oneStep?: string;
  education?: string;
  unitApplication?: string;
  passRate?: string;
}

const SENIOR_LEVELS = ['associate-senior', 'senior'] as const;

/**
 * Which fields count as "public safety or personal health", and which studied majors count
 * as the series' own field (a 临床医学 graduate applying in 内科 has studied medicine).
 */
const SPECIALTY_RULE = {
  kind: 'specialty',
  restrictedSeries: ['health'],
  restrictedKeywords: ['安全', '消防', '爆破', '特种设备'],
  fieldKeywords: { health: ['医', '药', '护', '检验', '影像', '康复', '麻醉', '卫生', '口腔', '临床'] },
} as const;

/**
 * The provisions the Liaoning city documents of 2023–2025 share (anshan-2023 and
 * liaoyang-2023 word them almost identically; the 2025 draft repeats several), built for
 * one document so that every rule cites that document's own clause.
 */
export function cityProvisions(document: string, c: CityClauses) {
  const at = (clause: string) => ({ document, clause });
  const general: ConditionRule[] = [];
  const pathways: PathwayVariant[] = [];
  const parameters: Parameter[] = [];

  if (c.unitApplication) {
    // 申报人员一般应在本人人事（劳动）关系所在单位申报.
    general.push({
      id: 'has-employer',
      citation: at(c.unitApplication),
      condition: { kind: 'has-employer' },
    });
  }
  if (c.education) {
    // 从事专业与所学专业不一致的，可按本人长期从事专业申报；涉及公共安全、人身健康的系列或专业除外.
    general.push({ id: 'specialty', citation: at(c.education), condition: SPECIALTY_RULE });
  }
  if (c.grassroots) {
    general.push({
      id: 'grassroots-service',
      citation: at(c.grassroots),
      appliesTo: { series: ['health', 'primary-secondary-teacher'], levels: SENIOR_LEVELS },
      condition: { kind: 'grassroots-experience', moreThanMonths: 6 },
    });
  }
  if (c.passRate) {
    // 评聘分开 senior titles: at most 50% (the regular review's cap).
    for (const level of SENIOR_LEVELS) {
      parameters.push({ key: `passRate.cap.${level}`, value: 0.5, citation: at(c.passRate) });
    }
  }
  if (c.education) {
    pathways.push({
      id: 'exceptional.education',
      pathway: 'exceptional',
      name: '学历破格（2名以上正高级同行专家推荐）',
      citation: at(c.education),
      standard: 'seniority-only',
      conditions: [
        {
          id: 'exceptional.recommendations',
          citation: at(c.education),
          condition: { kind: 'recommendations', min: 2, byLevel: 'senior', sameOrCloseSpecialty: true },
        },
      ],
    });
  }
  if (c.engineerTeam) {
    pathways.push({
      id: 'exceptional.engineer-team',
      pathway: 'exceptional',
      name: '卓越工程师团队成员直接参评',
      citation: at(c.engineerTeam),
      standard: 'none',
      conditions: [
        {
          id: 'engineer-team',
          citation: at(c.engineerTeam),
          condition: { kind: 'achievement', anyOf: ['excellent-engineer-team'] },
        },
      ],
    });
  }
  if (c.directRecognition) {
    pathways.push({
      id: 'direct-recognition.major-breakthrough',
      pathway: 'direct-recognition',
      name: '重大成果突破、突出贡献人才直接认定',
      citation: at(c.directRecognition),
      standard: 'none',
      conditions: [
        {
          id: 'major-breakthrough',
          citation: at(c.directRecognition),
          condition: { kind: 'achievement', anyOf: ['major-breakthrough'] },
        },
      ],
      effects: { directRecognition: true, outsidePostQuota: true },
    });
  }
  if (c.postdoc) {
    pathways.push({
      id: 'direct-recognition.postdoc',
      pathway: 'direct-recognition',
      name: '期满出站博士后直接认定副高级职称',
      citation: at(c.postdoc),
      appliesTo: { levels: ['associate-senior'] },
      standard: 'none',
      conditions: [
        {
          id: 'postdoc',
          citation: at(c.postdoc),
          condition: { kind: 'achievement', anyOf: ['postdoc-completed'] },
        },
      ],
      effects: { directRecognition: true, outsidePostQuota: true },
    });
  }
  if (c.oneStep) {
    pathways.push({
      id: 'one-step',
      pathway: 'one-step',
      name: '一步到位（海外归国、党政机关交流、部队转业）',
      citation: at(c.oneStep),
      standard: 'education-only',
      conditions: [
        {
          id: 'one-step.eligible-group',
          citation: at(c.oneStep),
          condition: { kind: 'status', flag: 'returnee-or-transfer' },
        },
        { id: 'one-step.once', citation: at(c.oneStep), condition: { kind: 'one-step-unused' } },
      ],
    });
  }
  if (c.throughTrain) {
    pathways.push({
      id: 'through-train',
      pathway: 'through-train',
      name: '民营企业职称评审“直通车”',
      citation: at(c.throughTrain),
      standard: 'full',
      conditions: [
        {
          id: 'through-train.private-enterprise',
          citation: at(c.throughTrain),
          condition: { kind: 'employer-kind', anyOf: ['private-enterprise'] },
        },
      ],
      effects: { separateEvaluation: true },
    });
  }
  return { general, pathways, parameters };
}
