import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../test/helpers/caught-app-error';
import {
  findUnstorableText,
  printableName,
  refuseUnstorableText,
  unstorableTextReason,
} from './storable-text';

describe('storable text', () => {
  it.each([
    ['a\u0000b', 'U+0000'],
    ['a\ud800b', '代理项'],
    ['a\udc00', '代理项'],
    ['\ud83d', '代理项'],
  ])('refuses a NUL and a lone surrogate, high or low: %j', (text, named) => {
    expect(unstorableTextReason(text)).toContain(named);
  });

  it('refuses nothing else', () => {
    // A surrogate pair is one character (an emoji, a CJK extension ideograph): storable.
    for (const fine of ['😀', '𠀀𪚥', '张三', '', 'tab\tand\r\nnewline', '\u0001\u007f\ufffd\uffff'])
      expect(unstorableTextReason(fine), JSON.stringify(fine)).toBeNull();
  });

  it('writes the offending characters of a name as escapes', () => {
    expect(printableName('a\u0000b\ud800c😀')).toBe('a\\u0000b\\ud800c😀');
  });

  it('finds every bad string and key in a JSON value, in document order, named as the client wrote it', () => {
    const body = {
      name: 'ok',
      education: [{ degree: 'ok' }, { degree: 'x\u0000', 'k\ud800': 'v' }],
      nested: { deeper: { list: ['fine', 'bad\udfff'] } },
      count: 3,
      flag: true,
      nothing: null,
    };
    expect(findUnstorableText(body)).toEqual([
      { path: 'education[1].degree', message: expect.stringContaining('U+0000') },
      { path: 'education[1].k\\ud800', message: expect.stringMatching(/^字段名含有无效的Unicode字符/) },
      { path: 'nested.deeper.list[1]', message: expect.stringContaining('代理项') },
    ]);
    expect(findUnstorableText('\u0000')).toEqual([{ path: '请求体', message: expect.any(String) }]);
    expect(findUnstorableText(['\u0000'], 'files')).toEqual([
      { path: 'files[0]', message: expect.any(String) },
    ]);
    expect(findUnstorableText({ a: 1, b: ['x'], c: { d: 'y' } })).toEqual([]);
    expect(findUnstorableText(undefined)).toEqual([]);
  });

  it('walks a body nested deeper than the call stack would allow, and names at most twenty fields', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const [problem, ...more] = findUnstorableText(deep);
    expect(more).toEqual([]);
    // A path of 300 000 characters would be the whole message: its two ends are shown.
    expect(problem!.path).toMatch(/^(\[0\]){33}\[….*\[0\]$/);
    expect(problem!.path.length).toBe(201);
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, '\u0000']));
    const problems = findUnstorableText(many);
    expect(problems).toHaveLength(20);
    expect(problems[0]!.path).toBe('f0');
  });

  it('refuses as a 400 INVALID_TEXT whose message names the first field', () => {
    const error = caughtAppError(() => refuseUnstorableText({ title: '高级\u0000工程师' }));
    expect(error).toMatchObject({ kind: 'invalid', code: 'INVALID_TEXT' });
    expect(error.message).toBe('title：含有空字符（U+0000），无法保存，请删除后重试');
    expect(() => refuseUnstorableText({ title: '高级工程师' })).not.toThrow();
  });
});
