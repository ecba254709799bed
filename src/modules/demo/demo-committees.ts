import { ORG_KEYS } from './demo-organisations';
import type { DemoCommittee } from './demo-types';

const SENIOR = ['senior', 'associate-senior'];
const INTERMEDIATE_AND_BELOW = ['intermediate', 'assistant', 'entry'];

/**
 * The demo registry (目录清单): Anshan's engineering committees, the provincial committee for
 * senior 通信工程 (anshan-2023 §六 routes those to the province), Liaoyang's teachers and
 * Jilin's senior health committee. Approvals run three years (DOMAIN §11).
 */
export const DEMO_COMMITTEES: readonly DemoCommittee[] = [
  {
    name: '辽宁省通信工程专业高级职称评审委员会',
    organiser: '辽宁省人力资源和社会保障厅',
    approvalNumber: '辽人社〔2024〕61号',
    organisedBy: 'specialty',
    officeKey: ORG_KEYS.provinceTelecomCommitteeOffice,
    tier: 'provincial',
    series: 'engineering',
    levels: SENIOR,
    specialties: ['通信工程', '信息通信'],
    regionCode: '210000',
    approvedOn: '2024-06-01',
    validUntil: '2027-05-31',
  },
  {
    name: '鞍山市工程技术系列高级职称评审委员会',
    organiser: '鞍山市人力资源和社会保障局',
    approvalNumber: '鞍人社〔2024〕12号',
    organisedBy: 'series',
    officeKey: ORG_KEYS.anshanCommitteeOffice,
    tier: 'city',
    series: 'engineering',
    levels: ['associate-senior'],
    specialties: [],
    regionCode: '210300',
    approvedOn: '2024-03-01',
    validUntil: '2027-02-28',
  },
  {
    name: '鞍山市工程技术系列中级职称评审委员会',
    organiser: '鞍山市人力资源和社会保障局',
    approvalNumber: '鞍人社〔2024〕13号',
    organisedBy: 'series',
    officeKey: ORG_KEYS.anshanCommitteeOffice,
    tier: 'city',
    series: 'engineering',
    levels: INTERMEDIATE_AND_BELOW,
    specialties: [],
    regionCode: '210300',
    approvedOn: '2024-03-01',
    validUntil: '2027-02-28',
  },
  {
    name: '辽阳市中小学教师系列中级职称评审委员会',
    organiser: '辽阳市人力资源和社会保障局',
    approvalNumber: '辽阳人社〔2025〕3号',
    organisedBy: 'series',
    officeKey: 'ly-teacher-committee',
    tier: 'city',
    series: 'primary-secondary-teacher',
    levels: INTERMEDIATE_AND_BELOW,
    specialties: [],
    regionCode: '211000',
    approvedOn: '2025-01-01',
    validUntil: '2027-12-31',
  },
  {
    name: '吉林省卫生系列高级职称评审委员会',
    organiser: '吉林省人力资源和社会保障厅',
    approvalNumber: '吉人社〔2024〕95号',
    organisedBy: 'series',
    officeKey: 'jl-health-committee',
    tier: 'provincial',
    series: 'health',
    levels: SENIOR,
    specialties: [],
    regionCode: '220000',
    approvedOn: '2024-09-01',
    validUntil: '2027-08-31',
  },
];
