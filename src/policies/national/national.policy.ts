import type { PolicyLayer } from '../../domain/policy/rule-base';
import { NATIONAL_STANDARDS } from './national-standards';

const ORDER_40 = { document: 'national', clause: '人社部令第40号' };
const CE_ORDER = { document: 'national', clause: '人社部令第25号 第8条' };

/**
 * National rules (人社部令第40号 职称评审管理暂行规定 and others, DOMAIN §11). Every value is
 * a parameter or rule with its citation, so a province or city can override it.
 */
export const NATIONAL: PolicyLayer = {
  id: 'national',
  name: '国家职称评审规定',
  extends: null,
  status: 'in-force',
  parameters: [
    { key: 'ce.hoursPerYear', value: 90, citation: CE_ORDER },
    { key: 'ce.professionalShare', value: 2 / 3, citation: CE_ORDER },
    {
      key: 'ce.requiredFromYear',
      value: null,
      citation: CE_ORDER,
      note: '国家层面继续教育学时不作为申报的必备条件，由各地规定',
    },
    { key: 'socialInsurance.minMonths', value: 0, citation: ORDER_40, note: '国家未规定社保缴纳期限' },
    {
      key: 'fraud.banYears',
      value: 3,
      citation: { document: 'national', clause: '职称评审监管暂行办法（2024）' },
    },
    {
      key: 'publicity.unitWorkdays',
      value: 5,
      citation: { document: 'national', clause: '人社部令第40号 第15条' },
    },
    {
      key: 'publicity.resultWorkdays',
      value: 5,
      citation: { document: 'national', clause: '人社部令第40号 第26条' },
    },
    { key: 'vote.passShare', value: 2 / 3, citation: ORDER_40 },
  ],
  general: [
    {
      id: 'not-retired',
      citation: { document: 'national', clause: '国家关于退休人员不得申报参加职称评审的规定' },
      condition: { kind: 'not-retired' },
    },
    {
      id: 'not-banned',
      citation: { document: 'national', clause: '职称评审监管暂行办法（2024）' },
      condition: { kind: 'not-banned' },
    },
    { id: 'has-employer', citation: ORDER_40, condition: { kind: 'has-employer' } },
    {
      id: 'residence',
      citation: ORDER_40,
      condition: { kind: 'residence', allowed: ['mainland', 'hk', 'mo', 'tw'] },
    },
    { id: 'continuing-education', citation: CE_ORDER, condition: { kind: 'continuing-education' } },
  ],
  pathways: [
    {
      id: 'regular',
      pathway: 'regular',
      name: '正常申报',
      citation: { document: 'national', clause: '评价基本标准' },
      standard: 'full',
      conditions: [],
    },
  ],
  standards: NATIONAL_STANDARDS,
};
