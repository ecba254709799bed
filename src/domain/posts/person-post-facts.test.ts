import { describe, expect, it } from 'vitest';
import { checkedPosts } from './person-post-facts';

const post = (grade: number, from: string, to: string | null = null) => ({ grade, from, to });

describe('checkedPosts: recorded posts stand, typed ones only where no record speaks', () => {
  it('takes the record’s dates for a typed post of the same grade, however early it was typed', () => {
    expect(checkedPosts([post(10, '2012-03-01')], [post(10, '2020-03-01')])).toEqual([
      { grade: 10, from: '2020-03-01', to: null, verified: true },
    ]);
  });

  it('keeps typed posts outside the records, unverified, and cuts the time a record of another grade covers', () => {
    const typed = [post(12, '2005-01-01', '2010-01-01'), post(11, '2008-01-01', null)];
    const recorded = [post(10, '2015-06-01', '2021-06-01'), post(9, '2021-06-01')];
    expect(checkedPosts(typed, recorded)).toEqual([
      { grade: 12, from: '2005-01-01', to: '2010-01-01', verified: false },
      { grade: 11, from: '2008-01-01', to: '2015-06-01', verified: false },
      { grade: 10, from: '2015-06-01', to: '2021-06-01', verified: true },
      { grade: 9, from: '2021-06-01', to: null, verified: true },
    ]);
  });

  it('keeps the typed part between two records, and drops a recorded post that holds no day (解除聘用)', () => {
    const typed = [post(11, '2010-01-01', '2020-01-01')];
    const recorded = [
      post(12, '2009-01-01', '2012-01-01'),
      post(12, '2018-01-01', '2018-01-01'),
      post(10, '2016-01-01'),
    ];
    expect(checkedPosts(typed, recorded)).toEqual([
      { grade: 12, from: '2009-01-01', to: '2012-01-01', verified: true },
      { grade: 11, from: '2012-01-01', to: '2016-01-01', verified: false },
      { grade: 10, from: '2016-01-01', to: null, verified: true },
    ]);
  });

  it('marks every typed post unverified when nothing is recorded', () => {
    expect(checkedPosts([post(9, '2019-01-01')], [])).toEqual([
      { grade: 9, from: '2019-01-01', to: null, verified: false },
    ]);
  });
});
