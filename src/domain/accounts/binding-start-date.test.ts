import { describe, expect, it } from 'vitest';
import { bindingStartProblem } from './binding-start-date';

describe('bindingStartProblem', () => {
  const birth = '1990-06-18';
  const today = '2026-03-02';

  it('accepts today and the sixteenth birthday itself', () => {
    expect(bindingStartProblem(today, birth, today)).toBeNull();
    expect(bindingStartProblem('2006-06-18', birth, today)).toBeNull();
  });

  it('refuses a day after today and the day before the sixteenth birthday, saying which', () => {
    expect(bindingStartProblem('2026-03-03', birth, today)).toContain('不能晚于今天（2026-03-02）');
    expect(bindingStartProblem('2006-06-17', birth, today)).toContain('年满16周岁之日（2006-06-18');
  });
});
