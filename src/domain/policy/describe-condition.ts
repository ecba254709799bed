import { LEVEL_NAMES } from '../catalogue';
import type { ConditionSpec } from './condition-spec';
import type { SkillLevel } from './eligibility-request';
import { ACHIEVEMENT_NAMES, AREA_NAMES, EMPLOYER_KIND_NAMES, RESIDENCE_NAMES, SKILL_NAMES } from './names';
import { DEGREE_NAMES } from './profile-facts';

/** A condition in one Chinese sentence, for the policy browser and the diff. */
export function describeCondition(spec: ConditionSpec): string {
  switch (spec.kind) {
    case 'not-retired':
      return '未退休';
    case 'not-banned':
      return '不在因弄虚作假被禁止申报的期限内';
    case 'has-employer':
      return '在本人人事（劳动）关系所在单位申报';
    case 'one-application-per-year':
      return '同一年度只申报一次、一个系列（专业）';
    case 'residence':
      return `申报人身份：${spec.allowed.map((r) => RESIDENCE_NAMES[r] ?? r).join('、')}`;
    case 'continuing-education':
      return '上一年度继续教育学时达标（学时数见参数 ce.*）';
    case 'social-insurance':
      return '在申报单位缴纳社会保险达到规定月数（参数 socialInsurance.minMonths）';
    case 'no-level-skip':
      return '不得越级申报';
    case 'all-of':
      return spec.conditions.map(describeCondition).join('，且');
    case 'any-of':
      return spec.alternatives.map(describeCondition).join('；或');
    case 'specialty':
      return `按所学专业或长期从事的专业申报（从事年限见参数 ${spec.longPracticeParam}；涉及公共安全、人身健康的系列或专业须按所学专业）`;
    case 'not-exam-series':
      return '考试系列（以考代评）除外';
    case 'grassroots-experience':
      return `在县及以下基层累计服务达到参数 ${spec.monthsParam} 规定的月数`;
    case 'recommendations':
      return `${spec.min}名以上${LEVEL_NAMES[spec.byLevel]}${spec.sameOrCloseSpecialty ? '同行（相同或相近专业）' : ''}专家推荐`;
    case 'achievement':
      return `具备：${spec.anyOf.map((k) => ACHIEVEMENT_NAMES[k] ?? k).join('或')}${spec.sameOrCloseSpecialty ? '（与举荐人专业领域一致或相近）' : ''}`;
    case 'skill-level':
      return `职业技能等级对应：${Object.entries(spec.mapping)
        .map(([s, l]) => `${SKILL_NAMES[s as SkillLevel]}→${LEVEL_NAMES[l!]}`)
        .join('，')}`;
    case 'qualification-mapping':
      return `持有对应目录中的职业资格（${spec.mapping.length}项）`;
    case 'status':
      return '海外归国、党政机关交流或部队转业安置人员';
    case 'one-step-unused':
      return '未享受过“一步到位”政策';
    case 'employer-kind':
      return `现工作单位性质：${spec.anyOf.map((k) => EMPLOYER_KIND_NAMES[k] ?? k).join('、')}`;
    case 'target-level':
      return `仅限申报${spec.anyOf.map((l) => LEVEL_NAMES[l]).join('、')}`;
    case 'target-next-level':
      return `申报现有职称的上一层级${spec.orSenior ? '（或正高级）' : ''}`;
    case 'degree':
      return `学历（学位）：${spec.anyOf.map((d) => DEGREE_NAMES[d]).join('或')}`;
    case 'frontline-years':
      return `在${spec.areas.map((a) => AREA_NAMES[a]).join('、')}${spec.teaching ? '教学' : '专业技术工作'}一线累计满${spec.years ?? `参数 ${spec.yearsParam} 规定的`}年${spec.stillThere ? '且现仍在一线' : ''}`;
    case 'moved-to-grassroots':
      return `由城市到县乡村基层一线、离开城市后连续工作满${spec.years}年且仍在基层`;
    case 'appointed-at-level':
      return `聘任${LEVEL_NAMES[spec.level]}职称满${spec.years}年（自取得职称与聘任该级岗位中较晚者起算）`;
    case 'below-title-by-exam':
      return '以考代评的层级，作为申报依据的下一级职称须经考试取得（考核认定的除外）';
    case 'frontline-now':
      return '在职在岗、在一线岗位工作';
    case 'current-area':
      return `现在${spec.areas.map((a) => AREA_NAMES[a]).join('、')}工作`;
    case 'newly-recruited':
      return `用人单位新招聘（到现单位工作不超过参数 ${spec.monthsParam} 规定的月数）`;
    case 'title-held':
      return `取得${LEVEL_NAMES[spec.level]}职称${spec.minYears !== undefined ? `满${spec.minYears}年` : ''}${spec.maxYearsExclusive !== undefined ? `不满${spec.maxYearsExclusive}年` : ''}`;
    case 'post-held':
      return `受聘${spec.grades.join('、')}级岗位${spec.minYears !== undefined ? `满${spec.minYears}年` : ''}${spec.maxYearsExclusive !== undefined ? `不满${spec.maxYearsExclusive}年` : ''}`;
    case 'appraisals-since-title':
      return `任${LEVEL_NAMES[spec.level]}以来年度考核均为合格及以上`;
    case 'service-contract':
      return `与县及以下单位签订${spec.minYears}年以上服务合同`;
    case 'talent-category':
      return `${spec.anyOf.join('、')}类人才`;
    case 'covid-frontline':
      return [
        spec.contact ? '接触确诊病例的疫情防控一线人员' : '',
        spec.outstanding ? '疫情防控一线突出贡献' : '',
        spec.postYears ? `聘任相应岗位满${spec.postYears}年` : '',
      ]
        .filter(Boolean)
        .join('，');
  }
}
