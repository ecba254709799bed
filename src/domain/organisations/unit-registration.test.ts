import { describe, expect, it } from 'vitest';
import {
  departmentProblem,
  departmentRegions,
  dispatchTargetProblem,
  unitLoginRefusal,
} from './unit-registration';

const department = (jurisdictionCode: string, status = 'approved') => ({
  kind: 'department',
  status,
  jurisdictionCode,
});

describe('unit registration rules', () => {
  it('offers the departments of the unit’s region and of every region above it', () => {
    expect(departmentRegions('210302')).toEqual(['210000', '210300', '210302']);
    expect(departmentRegions('999999')).toEqual([]);
  });

  it('accepts an approved department of the unit’s region or above, and says why not otherwise', () => {
    expect(departmentProblem(department('210300'), '210302')).toBeNull();
    expect(departmentProblem(department('210000'), '210302')).toBeNull();
    expect(departmentProblem(department('211000'), '210302')).toBe('该主管部门不管辖本单位所在地区');
    expect(departmentProblem(department('210302'), '210300')).toBe('该主管部门不管辖本单位所在地区');
    expect(departmentProblem(department('210300', 'pending'), '210302')).toBe('该主管部门尚未通过审核');
    expect(departmentProblem({ ...department('210300'), kind: 'employer' }, '210302')).toBe(
      '不是已登记的主管部门',
    );
    expect(departmentProblem(undefined, '210302')).toBe('不是已登记的主管部门');
  });

  it('dispatches only to approved employers', () => {
    const employer = { kind: 'employer', status: 'approved', jurisdictionCode: '211002' };
    expect(dispatchTargetProblem(employer)).toBeNull();
    expect(dispatchTargetProblem({ ...employer, status: 'returned' })).toBe('该用人单位尚未通过审核');
    expect(dispatchTargetProblem({ ...employer, kind: 'dispatch-agency' })).toBe('不是已登记的用人单位');
    expect(dispatchTargetProblem(undefined)).toBe('不是已登记的用人单位');
  });

  it('tells a waiting unit’s account where its review stands', () => {
    expect(unitLoginRefusal({ status: 'pending', reviewNote: null }).code).toBe('UNIT_PENDING_REVIEW');
    expect(unitLoginRefusal({ status: 'returned', reviewNote: '地址不详' })).toEqual({
      code: 'UNIT_REGISTRATION_RETURNED',
      message: expect.stringMatching(/^单位注册已被退回：地址不详。/),
    });
  });
});
