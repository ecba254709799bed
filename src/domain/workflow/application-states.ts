/** The states of an application from its draft to the conferred title (DOMAIN §5), with their names. */
export const APPLICATION_STATES = {
  draft: '草稿',
  submitted: '已提交，待单位审核',
  'unit-publicity': '单位公示中',
  'dispatch-review': '待劳务派遣单位审核',
  'dispatch-publicity': '劳务派遣单位公示中',
  'department-review': '待主管部门审核',
  'hr-review': '待人社部门审核',
  'committee-review': '已报送评委会，待受理审查',
  accepted: '评委会已受理',
  'in-review': '评审中',
  'result-publicity': '评审通过，结果公示中',
  'not-passed': '评审未通过',
  revoked: '评审结果已撤销',
  filed: '已报人社部门备案，待发文',
  conferred: '已发文公布，取得职称',
  returned: '已退回，待补正后重新提交',
  'not-recommended': '单位未予推荐',
  withdrawn: '已撤回',
} as const;

export type ApplicationState = keyof typeof APPLICATION_STATES;

/** States from which nothing further happens to the application. */
export const FINAL_STATES: readonly ApplicationState[] = [
  'not-recommended',
  'withdrawn',
  'not-passed',
  'revoked',
  'conferred',
];
