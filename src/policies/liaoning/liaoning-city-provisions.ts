import { grassrootsServiceMonthsKey, passRateCapKey } from '../../domain/policy/parameter-registry';
import type { ConditionRule, Parameter, PathwayVariant } from '../../domain/policy/rule-base';
import { cityPathways } from './liaoning-city-pathways';

/** Where each shared provision sits in one city document (its own numbering). */
export interface CityClauses {
  directRecognition?: string;
  engineerTeam?: string;
  /** 国家级平台、领军企业推荐技术负责人直接评定 (liaoyang 二). */
  enterpriseLead?: string;
  postdoc?: string;
  /** 2025 #10: only a newly recruited completed postdoc (新招聘的期满出站的博士后). */
  postdocNewlyRecruited?: boolean;
  throughTrain?: string;
  /** 晋升卫生、中小学教师高级职称应满足基层服务的有关条件. */
  grassrootsService?: string;
  /** 长期在基层一线：放宽学历要求；县域创新创业优秀科技型人才：破格申报. */
  grassrootsRelief?: string;
  /** 业绩成果优秀的（引进）科研团队成员纳入“绿色通道”. */
  researchTeamGreenChannel?: string;
  /** 柔性引进人才符合条件的纳入“绿色通道” (liaoyang 三). */
  flexibleTalentGreenChannel?: string;
  /** 高技能人才单独分组、单独评审；高技能领军人才“绿色通道” (liaoyang 四). */
  skillsBridge?: string;
  highSkillGreenChannel?: string;
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
  longPracticeParam: 'specialty.longPracticeYears',
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
  const pathways: PathwayVariant[] = cityPathways(document, c);
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
    parameters.push({
      key: 'specialty.longPracticeYears',
      value: 5,
      citation: at(c.education),
      note: '原文为“长期从事”，未规定年限；系统默认从事该专业满5年（自 practicedSpecialty.since 起算），可由人社部门调整',
    });
  }
  if (c.grassrootsService) {
    // "应满足基层服务的有关条件": the conditions are the national ones (1 year at county level
    // or below), so each series reads its national parameter; the seeds set no figure of their own.
    for (const series of ['health', 'primary-secondary-teacher'] as const) {
      general.push({
        id: `grassroots-service.${series}`,
        citation: at(c.grassrootsService),
        appliesTo: { series: [series], levels: SENIOR_LEVELS },
        condition: { kind: 'grassroots-experience', monthsParam: grassrootsServiceMonthsKey(series) },
      });
    }
  }
  if (c.grassrootsRelief) {
    parameters.push({
      key: 'grassroots.longTermYears',
      value: 10,
      citation: at(c.grassrootsRelief),
      note: '原文为“长期在基层一线工作”，未规定年限；系统默认在县及以下基层一线累计满10年，可由人社部门调整',
    });
  }
  if (c.passRate) {
    // 评聘分开 senior titles: at most 50% (the regular review's cap); 评聘结合 units review
    // within their post structure (passRate.combinedCap, none set here).
    for (const level of SENIOR_LEVELS) {
      parameters.push({
        key: passRateCapKey(false, level),
        value: 0.5,
        citation: at(c.passRate),
        note: '实行“评聘分开”的系列；“评聘结合”的在岗位结构比例内开展评审或按比例推荐',
      });
    }
  }
  if (c.postdocNewlyRecruited && c.postdoc) {
    parameters.push({
      key: 'postdoc.newlyRecruitedMonths',
      value: 24,
      citation: at(c.postdoc),
      note: '原文为“新招聘的”，未规定期限；系统默认到现单位工作不超过24个月，可由人社部门调整',
    });
  }
  return { general, pathways, parameters };
}
