import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import { type Session, signIn } from '../../../test/helpers/factories';

const s = testAppSuite();
const api = signedInRequests(() => s.t);
let admin: Session;
beforeAll(async () => {
  admin = await signIn(s.t, { username: 'root', roles: ['admin'], jurisdictionCode: '210000' });
});

const get = (url: string) => s.t.app.inject({ method: 'GET', url });

describe('working-day calendar API (CONTRACTS §2)', () => {
  it('answers the contract example exactly', async () => {
    const response = await get('/api/v1/calendar/workdays?from=2025-09-29&count=5');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ from: '2025-09-29', count: 5, end: '2025-10-11' });
  });

  it('tells make-up working days and holidays apart', async () => {
    expect((await get('/api/v1/calendar/is-workday?date=2025-10-11')).json()).toEqual({
      date: '2025-10-11',
      workday: true,
      kind: 'makeup-workday',
      name: expect.any(String),
    });
    expect((await get('/api/v1/calendar/is-workday?date=2025-10-01')).json()).toMatchObject({
      workday: false,
      kind: 'holiday',
      name: '国庆节',
    });
    expect((await get('/api/v1/calendar/is-workday?date=2026-02-14')).json()).toMatchObject({
      workday: true,
      kind: 'makeup-workday',
    });
  });

  it('answers 422 naming the year when a year has no data', async () => {
    const response = await get('/api/v1/calendar/workdays?from=2027-03-01&count=5');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('CALENDAR_YEAR_UNKNOWN');
    expect(response.json().error.message).toContain('2027');
    const crossing = await get('/api/v1/calendar/workdays?from=2026-12-28&count=10');
    expect(crossing.statusCode).toBe(422);
    expect(crossing.json().error.message).toContain('2027');
  });

  it.each([
    ['from=2025-02-29&count=5', 'from'],
    ['from=2025/09/29&count=5', 'from'],
    ['from=2025-09-29&count=0', 'count'],
    ['from=2025-09-29&count=1.5', 'count'],
    ['from=2025-09-29&count=abc', 'count'],
    ['count=5', 'from'],
    ['from=2025-09-29&count=5&extra=1', 'extra'],
  ])('rejects %s with 400 naming %s', async (query, path) => {
    const response = await get(`/api/v1/calendar/workdays?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('lets an admin enter and publish a new year; until published it answers nothing', async () => {
    const declare = await api.post(admin, '/api/v1/calendar/years', { year: 2027 });
    expect(declare.statusCode).toBe(201);
    expect(declare.json()).toMatchObject({ year: 2027, status: 'draft', days: [] });

    const weekdayMakeup = await api.put(admin, '/api/v1/calendar/days/2027-01-04', {
      kind: 'workday',
      name: '调休',
    });
    expect(weekdayMakeup.statusCode).toBe(400);
    expect(weekdayMakeup.json().error.details[0].message).toContain('周六或周日');

    const emptyPublish = await api.post(admin, '/api/v1/calendar/years/2027/publish');
    expect(emptyPublish.statusCode).toBe(422);

    for (const date of ['2027-01-01', '2027-01-02', '2027-01-03']) {
      const set = await api.put(admin, `/api/v1/calendar/days/${date}`, { kind: 'holiday', name: '元旦' });
      expect(set.statusCode).toBe(200);
    }
    expect((await get('/api/v1/calendar/is-workday?date=2027-01-04')).statusCode).toBe(422);
    const publish = await api.post(admin, '/api/v1/calendar/years/2027/publish');
    expect(publish.statusCode).toBe(200);
    expect((await get('/api/v1/calendar/is-workday?date=2027-01-01')).json()).toMatchObject({
      workday: false,
      name: '元旦',
    });
    expect((await get('/api/v1/calendar/workdays?from=2026-12-31&count=2')).json().end).toBe('2027-01-04');

    const years = (await get('/api/v1/calendar/years')).json();
    expect(years.at(-1)).toMatchObject({
      year: 2027,
      status: 'published',
      source: 'manual',
      holidayCount: 3,
      makeupWorkdayCount: 0,
    });
    expect(years[0]).toMatchObject({ year: 2004, source: 'chinese-days' });
  });

  it('refuses edits from non-admins and anonymous callers', async () => {
    const hr = await signIn(s.t, { username: 'hr', roles: ['hr'] });
    expect(
      (await api.put(hr, '/api/v1/calendar/days/2026-05-06', { kind: 'holiday', name: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (await s.t.app.inject({ method: 'POST', url: '/api/v1/calendar/years', payload: { year: 2028 } }))
        .statusCode,
    ).toBe(401);
  });
});
