import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authed } from '../../../test/helpers/factories';
import { acceptedApplications, idsOf, reviewSuite } from '../../../test/helpers/review-world';
import { applications } from '../../db/schema';

const s = reviewSuite({ experts: 30 });
const { get, setDay, post, newSession, setAgenda } = s;

describe('a session with a green-channel application', () => {
  it('decides the green channel by its own 3 senior experts, fails a tie at the cap, and revokes without back-fill', async () => {
    const more = await acceptedApplications(s.t, s.w, 4);
    const green = more[3]!;
    await s.t.database.db
      .update(applications)
      .set({ pathway: 'green-channel' })
      .where(eq(applications.id, green.id));
    setDay('2026-11-16');
    const office = s.w.sessions.provinceOffice;
    const created = await newSession({
      name: '2026年度通信工程专业高级职称评审会（第二场）',
      strata: [
        { group: '通信工程', seats: 11, alternates: 2 },
        { group: '通信工程', seats: 3, alternates: 0, greenChannel: true },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const url = `/api/v1/review-sessions/${id}`;
    const agenda = await setAgenda(id, idsOf(more));
    expect(agenda.statusCode, agenda.body).toBe(200);
    expect((await post(office, `${url}/seed`, { seed: '2026-LN-TELECOM-0002' })).statusCode).toBe(200);
    expect((await post(office, `${url}/draw`)).statusCode).toBe(200);
    const detail = (await get(office, url)).json();
    const greenCode = detail.agenda.find((a: { applicationId: string }) => a.applicationId === green.id).code;
    const [m, g] = [false, true].map((green) =>
      detail.seats.filter(
        (s: { role: string; greenChannel: boolean }) => s.role === 'member' && s.greenChannel === green,
      ),
    );
    expect(m).toHaveLength(11);
    expect(g).toHaveLength(3);
    const session = (expertId: string) => s.w.pool.find((e) => e.id === expertId)!.session();
    const seen = (await get(await session(g[0].expertId), `/api/v1/expert/sessions/${id}/items`)).json();
    expect(seen.items.map((i: { code: string }) => i.code)).toEqual([greenCode]);
    const open = await post(office, `${url}/voting/open`, {
      present: [...m, ...g].map((s: { expertId: string }) => s.expertId),
    });
    expect(open.statusCode, open.body).toBe(200);
    const regular = detail.agenda.filter((a: { applicationId: string }) => a.applicationId !== green.id);
    // Two tie at the top of a group whose cap admits one (floor(3 × 50%) = 1); the third ranks below.
    const agreeing = [11, 11, 8];
    for (const [i, seat] of m.entries())
      for (const [k, item] of regular.entries()) {
        const cast = await post(
          await session(seat.expertId),
          `/api/v1/expert/sessions/${id}/items/${item.code}/ballot`,
          {
            choice: i < agreeing[k]! ? 'agree' : 'abstain',
          },
        );
        expect(cast.statusCode, cast.body).toBe(200);
      }
    const wrongItem = await post(
      await session(m[0].expertId),
      `/api/v1/expert/sessions/${id}/items/${greenCode}/ballot`,
      {
        choice: 'agree',
      },
    );
    expect(wrongItem.statusCode).toBe(404);
    for (const seat of g)
      expect(
        (
          await post(
            await session(seat.expertId),
            `/api/v1/expert/sessions/${id}/items/${greenCode}/ballot`,
            { choice: 'agree' },
          )
        ).statusCode,
      ).toBe(200);
    expect((await post(office, `${url}/voting/close`)).statusCode).toBe(200);
    const preview = (await get(office, `${url}/results/preview`)).json();
    const outcomes = preview.outcomes.map((o: { code: string; outcome: string }) => o.outcome).sort();
    expect(outcomes).toEqual(['over-cap', 'passed', 'tied-at-cap', 'tied-at-cap']);
    expect(preview.outcomes.find((o: { code: string }) => o.code === greenCode).outcome).toBe('passed');
    expect((await post(office, `${url}/results`)).statusCode).toBe(200);

    const revoked = await s.t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${green.id}/transitions`,
      headers: authed(office),
      payload: { event: 'revoke', reason: '公示期间经核实存在业绩材料造假' },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().state).toBe('revoked');
    // No back-fill: the others keep their fixed results.
    for (const a of more.slice(0, 3))
      expect((await get(office, `/api/v1/applications/${a.id}`)).json().state).toBe('not-passed');
    setDay('2026-11-23');
    expect((await post(office, `${url}/filing`)).json()).toMatchObject({ applications: 0 });
  }, 120_000);
});
