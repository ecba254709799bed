import { applicationRequests } from './application-requests';
import { acceptedApplications, type ReviewWorld, reviewRequests } from './review-world';
import type { TestApp } from './test-app';

/**
 * Takes `n` accepted applications through a whole session to the announcement: agenda, seed,
 * draw, every member votes (item k gets 11 − k agreements, so the 50% cap of senior titles
 * passes the first ⌊n/2⌋ without ties), results fixed, publicity over, filed, announced —
 * `beforeAnnouncement` runs on the filed applications just before the announcement.
 */
export async function conferTitles(
  t: TestApp,
  w: ReviewWorld,
  n: number,
  announcementNumber: string,
  options: { beforeAnnouncement?: (applicationIds: string[]) => Promise<void> } = {},
) {
  const { get, setDay } = applicationRequests(() => t);
  const { post, newSession } = reviewRequests(
    () => t,
    () => w,
  );
  const apps = await acceptedApplications(t, w, n);
  setDay('2026-11-16');
  const office = w.sessions.provinceOffice;
  const must = async (step: string, response: { statusCode: number; body: string }) => {
    if (response.statusCode >= 300) throw new Error(`${step}: ${response.statusCode} ${response.body}`);
    return response;
  };
  const created = await must('session', await newSession());
  const id = JSON.parse(created.body).id as string;
  const url = `/api/v1/review-sessions/${id}`;
  await must('agenda', await post(office, `${url}/agenda`, { applicationIds: apps.map((a) => a.id) }));
  await must(
    'seed',
    await post(office, `${url}/seed`, { seed: `CONFER-${announcementNumber.replace(/\D/g, '')}` }),
  );
  await must('draw', await post(office, `${url}/draw`));
  const detail = (await get(office, url)).json();
  const members = detail.seats.filter((s: { role: string }) => s.role === 'member');
  await must(
    'voting',
    await post(office, `${url}/voting/open`, {
      present: members.map((s: { expertId: string }) => s.expertId),
    }),
  );
  for (const [i, seat] of members.entries()) {
    const expert = await w.pool.find((e) => e.id === seat.expertId)!.session();
    for (const [k, item] of detail.agenda.entries())
      await must(
        'ballot',
        await post(expert, `/api/v1/expert/sessions/${id}/items/${item.code}/ballot`, {
          choice: i < 11 - k ? 'agree' : 'disagree',
        }),
      );
  }
  await must('close', await post(office, `${url}/voting/close`));
  await must('fix', await post(office, `${url}/results`));
  setDay('2026-11-23');
  await must('filing', await post(office, `${url}/filing`));
  await options.beforeAnnouncement?.(apps.map((a) => a.id));
  const announced = await must('announce', await post(office, `${url}/announcement`, { announcementNumber }));
  const certificates: string[] = JSON.parse(announced.body).certificates;
  const conferred = [];
  for (const a of apps)
    if ((await get(office, `/api/v1/applications/${a.id}`)).json().state === 'conferred') conferred.push(a);
  return { sessionUrl: url, apps, conferred, certificates };
}
