import type { Citation } from '../policy/citation';

/** A clause a guard rests on, with its words as the policy coverage maps quote them. */
export interface ClauseCitation extends Citation {
  readonly text: string;
}

const clause = (document: string, number: string, text: string): ClauseCitation => ({
  document,
  clause: number,
  text,
});

/**
 * The clauses behind the appointment guards. Seed texts are the summaries the coverage maps
 * (src/policies/coverage, entries of issue 20) already give for the same clause, word for
 * word, so the HR officer reads one wording everywhere (a test in src/policies holds them
 * equal); national texts are one-line descriptions, as the seeds do not hold them.
 */
export const POST_CLAUSES = {
  quota: [
    clause(
      'anshan-2023',
      '十一',
      '严格按照岗位数额择优聘用；没有空余专业技术岗位的，新增人员原则上不得聘用到专业技术岗位',
    ),
    clause(
      'liaoyang-2023',
      '十五',
      '严格按照岗位数额择优聘用；没有空余专业技术岗位的，新增人员原则上不得聘用到专业技术岗位',
    ),
    clause(
      'liaoning-city-2025-draft',
      '22',
      '（1）没有空余岗位的新增人员原则上不得聘用到专业技术岗位；逐级聘任；首次聘任上一层级或新调入的聘到最低等级',
    ),
  ],
  stepByStep: [
    clause('anshan-2023', '十一', '同一层级不同等级之间原则上逐级聘用'),
    clause('liaoyang-2023', '十五', '同一层级不同等级之间原则上逐级聘用'),
    clause(
      'liaoning-city-2025-draft',
      '22',
      '（1）没有空余岗位的新增人员原则上不得聘用到专业技术岗位；逐级聘任；首次聘任上一层级或新调入的聘到最低等级',
    ),
  ],
  lowestGrade: [
    clause('anshan-2023', '十一', '首次聘用上一层级或新调入未曾聘用过的人员，原则上聘用到相应层级的最低等级'),
    clause(
      'liaoyang-2023',
      '十五',
      '首次聘用上一层级或新调入未曾聘用过的人员，原则上聘用到相应层级的最低等级',
    ),
    clause(
      'liaoning-city-2025-draft',
      '22',
      '（4）管理、工勤岗位人员转聘专业技术岗位须具备相应资格和空余岗位，首次聘用到最低等级',
    ),
  ],
  borrowOrTwoForOne: [
    clause(
      'anshan-2023',
      '十一',
      '没有空余岗位可向高级岗位借用空余岗位或使用“退二晋一”政策，“双肩挑”人员不适用“退二晋一”',
    ),
  ],
  borrow: [
    clause(
      'anshan-2023',
      '十一',
      '没有空余岗位可向高级岗位借用空余岗位或使用“退二晋一”政策，“双肩挑”人员不适用“退二晋一”',
    ),
    clause('liaoning-city-2025-draft', '22', '（2）核定的岗位等级数额均已聘满的，可向高级别岗位借用空余岗位'),
    clause(
      'liaoning-city-2025-draft',
      '22',
      '（6）通过人员交流进入事业单位的，相应岗位无空余时可借用同系列上级岗位聘用',
    ),
  ],
  retirement: [clause('anshan-2023', '十一', '取消距规定退休时间不足半年不能晋升的政策')],
  interval: [
    clause(
      'liaoning-city-2025-draft',
      '23',
      '层级内等级晋升满足间隔时限；三级晋二级、引进高层次人才首次晋升可适当缩短间隔',
    ),
  ],
  regularisation: [
    clause('liaoning-city-2025-draft', '22', '（3）需转正定级的可适当超出本单位相应级别岗位数聘用'),
  ],
  conversion: [
    clause(
      'liaoning-city-2025-draft',
      '22',
      '（4）管理、工勤岗位人员转聘专业技术岗位须具备相应资格和空余岗位，首次聘用到最低等级',
    ),
  ],
  appointBeforeTitle: [clause('liaoyang-2023', '七', '用人单位及时组织聘任，无相应职称的实行先聘后评')],
  covidNextGrade: [
    clause('jilin-2022', '二(三)', '突出贡献人员已取得副高级及以下职称的，可在同层级内直接聘用到上一级岗位'),
  ],
  gradeFiling: [
    clause('liaoyang-2023', '十五', '按标准条件和单位专业技术二级岗位数额自行组织评定，并报省人社厅备案'),
    clause(
      'liaoning-city-2025-draft',
      '23',
      '严格执行二级岗位评定标准，健全评前沟通、评后报告、备案核准机制',
    ),
    clause(
      'jilin-2022',
      '二(三)',
      '正高级人员四级岗位聘满三年可直接申报三级岗位，三级岗位聘满三年可直接申报二级岗位',
    ),
  ],
  // National frame (DOMAIN §8): 国人部发〔2006〕70号, 87号; 事业单位人事管理条例 (2014).
  plan: [clause('national', '国人部发〔2006〕70号', '事业单位按照核准的岗位设置方案和岗位数额聘用人员')],
  grades: [
    clause('national', '国人部发〔2006〕70号', '专业技术岗位分为13个等级；一级岗位是国家专设的特级岗位'),
  ],
  title: [clause('national', '国人部发〔2006〕87号', '聘用到专业技术岗位，应具备相应的专业技术职务任职资格')],
  special: [
    clause(
      'national',
      '国人部发〔2006〕70号',
      '特设岗位不受单位岗位总量、最高等级和结构比例限制，经批准设置，完成任务后按规定撤销',
    ),
  ],
  change: [
    clause('national', '事业单位人事管理条例（2014）', '岗位变动、解除或终止聘用合同依条例和聘用合同办理'),
  ],
} as const satisfies Record<string, readonly ClauseCitation[]>;
