import { describe, expect, it } from 'vitest';
import { createUser, login } from '../../../test/helpers/factories';
import { idsOf, reviewSuite, tamperPoolSnapshot } from '../../../test/helpers/review-world';
import { persons } from '../../db/schema';
import { type DrawSnapshot, replaySnapshot } from './draw-replay';

const s = reviewSuite({ experts: 30, accepted: 3 });
const { get, setDay, post, newSession, setAgenda } = s;

describe('a session’s frozen pool snapshot', () => {
  it('gives auditors exactly the inputs that replay the draw, with the published digests, and no identity', async () => {
    setDay('2026-11-16');
    const office = s.w.sessions.provinceOffice;
    const id = (await newSession()).json().id as string;
    const url = `/api/v1/review-sessions/${id}/pool-snapshot`;
    await setAgenda(id, idsOf(s.apps));
    const unpublished = await get(office, url);
    expect(unpublished.statusCode).toBe(409);
    expect(unpublished.json().error.code).toBe('SEED_NOT_PUBLISHED');

    const seed = (
      await post(office, `/api/v1/review-sessions/${id}/seed`, { seed: 'AUDIT-2026-0001' })
    ).json();
    const before = await get(office, url);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({
      sessionId: id,
      committee: { id: s.w.committee.id, name: '辽宁省通信工程专业高级职称评审委员会' },
      seed: 'AUDIT-2026-0001',
      poolHash: seed.poolHash,
      inputsHash: seed.inputsHash,
      panel: [],
    });
    expect(before.json().pool).toHaveLength(30);
    expect(replaySnapshot(before.json() as DrawSnapshot)).toMatchObject({ problems: [], drawn: false });

    expect((await post(office, `/api/v1/review-sessions/${id}/draw`)).statusCode).toBe(200);
    const after = await get(office, url);
    const snapshot = after.json() as DrawSnapshot;
    expect(snapshot.panel).toHaveLength(14);
    // Replayed from what went over the wire, the digests recomputed: the same panel.
    expect(replaySnapshot(snapshot)).toMatchObject({ problems: [], drawn: true, matches: true });
    const moved = {
      ...snapshot,
      panel: snapshot.panel.map((seat, i) => (i === 0 ? { ...seat, order: 99 } : seat)),
    };
    expect(replaySnapshot(moved).matches).toBe(false);
    const edited = { ...snapshot, pool: snapshot.pool.slice(1) };
    expect(replaySnapshot(edited).problems).toEqual(['专家库快照与公布的摘要不符']);

    // Applicants appear by id and materials only: no ID number, masked or not, and no name.
    const people = await s.t.database.db.select().from(persons);
    for (const person of people) {
      const idNumber = s.t.cipher.decrypt(person.idNumberCipher);
      expect(after.body).not.toContain(idNumber);
      expect(after.body).not.toContain(person.idNumberMasked);
    }
    for (const a of s.apps) expect(after.body).not.toContain(a.personName);

    // The committee office that ran it, and the HR bureau and supervisor of its region (the
    // province), may audit it; a city's, whose region the committee is not in, may not know of it.
    const provincial = async (role: 'hr' | 'supervisor') =>
      login(
        s.t.app,
        (await createUser(s.t.database.db, { roles: [role], jurisdictionCode: '210000' })).username,
      );
    expect((await get(await provincial('hr'), url)).statusCode).toBe(200);
    expect((await get(await provincial('supervisor'), url)).statusCode).toBe(200);
    expect((await get(s.w.sessions.hr, url)).statusCode).toBe(404);
    expect((await get(s.w.sessions.supervisor, url)).statusCode).toBe(404);
    expect((await get(s.w.sessions.cityOffice, url)).statusCode).toBe(404);
    expect((await get(s.w.sessions.admin, url)).statusCode).toBe(403);
    expect((await get(s.w.sessions.employer, url)).statusCode).toBe(403);
    expect((await s.t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const unknown = await get(
      office,
      '/api/v1/review-sessions/00000000-0000-4000-8000-000000000000/pool-snapshot',
    );
    expect(unknown.statusCode).toBe(404);

    // A snapshot edited in the database after publication is served as stored, and the replay says so.
    await tamperPoolSnapshot(s.t.database.db, id);
    const tampered = replaySnapshot((await get(office, url)).json() as DrawSnapshot);
    expect(tampered).toMatchObject({ problems: ['专家库快照与公布的摘要不符'], matches: false });
  }, 120_000);
});
