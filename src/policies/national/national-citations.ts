import { cite } from '../../domain/policy/citation';

/**
 * The national documents the national layer cites in more than one place, each written once so
 * that a parameter and a basic standard resting on the same document cite it alike.
 */
/** 人社部令第40号 职称评审管理暂行规定. */
export const ORDER_40 = cite('national', '人社部令第40号');
/** 人社部令第25号 专业技术人员继续教育规定. */
export const CE_ORDER = cite('national', '人社部令第25号 第8条');
/** 职称评审监管暂行办法（2024）. */
export const SUPERVISION_2024 = cite('national', '职称评审监管暂行办法（2024）');
/** The engineering reform opinion with its basic standards. */
export const ENGINEERING_REFORM = cite('national', '人社部发〔2019〕16号');
/** The primary and secondary teacher reform opinion with its basic standards. */
export const TEACHER_REFORM = cite('national', '人社部发〔2015〕79号');
/** The health reform opinion with its basic standards. */
export const HEALTH_REFORM = cite('national', '人社部发〔2021〕51号');
