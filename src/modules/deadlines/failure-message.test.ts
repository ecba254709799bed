import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors';
import { failureMessage } from './failure-message';

describe('the failure message kept on a deadline', () => {
  it('keeps our own errors as they are written', () => {
    expect(failureMessage(new AppError('conflict', 'X', '评委会办事机构不存在'))).toBe(
      '评委会办事机构不存在',
    );
    expect(failureMessage(new Error('短信网关不可用'))).toBe('短信网关不可用');
  });

  it('keeps of a failed query only its SQLSTATE, never its SQL, parameters or the values in its message', () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "persons_id_hash_key"'),
      // As pg and PGlite report a server error: SQLSTATE and severity.
      { code: '23505', severity: 'ERROR' },
    );
    const error = new DrizzleQueryError(
      'insert into persons (name, id_number) values ($1, $2)',
      ['张三', '11010519491231002X'],
      cause,
    );
    const message = failureMessage(error);
    expect(message).toBe('数据库报错（SQLSTATE 23505）');
    for (const leak of ['insert', '张三', '11010519491231002X', 'params'])
      expect(message).not.toContain(leak);
  });

  it('blanks quoted values and long digit runs (ID and phone numbers) in any other message', () => {
    expect(failureMessage(new Error('发送至 13900139000 失败：用户 "李四" 不存在'))).toBe(
      '发送至 … 失败：用户 “…” 不存在',
    );
    expect(failureMessage(new Error('x'.repeat(600)))).toHaveLength(500);
    expect(failureMessage('   ')).toBe('（抛出的不是 Error 对象，内容不记录）');
  });
});
