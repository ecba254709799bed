import { z } from 'zod';
import type { FieldProblem } from '../domain/errors';

const TYPE_NAMES: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  date: '日期',
  bigint: '整数',
  null: '空值',
};

function typeName(expected: unknown): string {
  return TYPE_NAMES[String(expected)] ?? String(expected);
}

function sizeMessage(origin: unknown, bound: unknown, small: boolean, inclusive: boolean): string {
  const n = Number(bound);
  switch (origin) {
    case 'string':
      return small ? `长度不能少于${n}个字符` : `长度不能超过${n}个字符`;
    case 'array':
    case 'set':
      return small ? `至少应有${n}项` : `最多只能有${n}项`;
    default:
      if (small) return inclusive ? `不能小于${n}` : `应大于${n}`;
      return inclusive ? `不能大于${n}` : `应小于${n}`;
  }
}

/**
 * Chinese messages for every zod issue. Installed once with `z.config`, so a schema only
 * states a message where it has something more specific to say.
 */
export function installChineseZodMessages(): void {
  z.config({
    customError(issue) {
      switch (issue.code) {
        case 'invalid_type':
          return issue.input === undefined ? '为必填项' : `类型不正确，应为${typeName(issue.expected)}`;
        case 'too_small':
          return sizeMessage(issue.origin, issue.minimum, true, issue.inclusive ?? true);
        case 'too_big':
          return sizeMessage(issue.origin, issue.maximum, false, issue.inclusive ?? true);
        case 'invalid_format':
          return issue.format === 'uuid' ? '不是有效的标识' : '格式不正确';
        case 'invalid_value':
          return `取值无效，应为以下之一：${issue.values.map(String).join('、')}`;
        case 'unrecognized_keys':
          return '含有不支持的字段';
        case 'not_multiple_of':
          return `应为${issue.divisor}的整数倍`;
        case 'invalid_union':
          return '取值不符合任何允许的形式';
        default:
          return '取值无效';
      }
    },
  });
}

/** Path of an issue as the client wrote it, e.g. `applicant.education[0].degree`. */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Turns zod issues into field problems. An unknown key becomes a problem on that key
 * itself, so the message names the offending field rather than its parent.
 */
export function zodIssuesToProblems(issues: ReadonlyArray<z.core.$ZodIssue>, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: formatPath([...issue.path, key], prefix), message: '是不支持的字段' });
      }
    } else {
      problems.push({ path: formatPath(issue.path, prefix) || prefix || '请求', message: issue.message });
    }
  }
  return problems;
}
