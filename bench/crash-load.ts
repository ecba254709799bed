import crypto from 'node:crypto';
import fs from 'node:fs';
import { inArray } from 'drizzle-orm';
import { anyOf } from '../src/db/any-of';
import type { Db } from '../src/db/client';
import { applications, attachments } from '../src/db/schema';
import { attachmentFileOf } from '../src/platform/attachment-store';
import { MINIMAL_PDF } from '../test/helpers/minimal-pdf';
import { multipartBody } from '../test/helpers/multipart';
import type { BenchApplicant } from './submission-fixtures';

/**
 * One filing as a client makes it, with its own Idempotency-Key and its own small PDF (its own
 * bytes, so each acknowledged filing names a file of its own): what the client was told.
 */
export interface Filing {
  who: BenchApplicant;
  key: string;
  pdf: Buffer;
  /** The application the first acknowledgement named. */
  ackedId: string | null;
  /** Other ids later acknowledgements of the same key named (there must be none). */
  otherIds: Set<string>;
  /** A 4xx answer: the server refused it for good (not retried). */
  refused: string | null;
}

export function filingsFor(people: BenchApplicant[]): Filing[] {
  return people.map((who) => ({
    who,
    key: crypto.randomUUID(),
    pdf: Buffer.concat([Buffer.from(MINIMAL_PDF), Buffer.from(`%${crypto.randomUUID()}\n`)]),
    ackedId: null,
    otherIds: new Set(),
    refused: null,
  }));
}

/**
 * Answers by kind, for the report. `replayed`: acknowledged with 200, the answer to a key the
 * server already had — a retry of a filing that had been stored though its answer was lost.
 */
export type Tally = Record<
  'acknowledged' | 'replayed' | 'noAnswer' | 'serverError' | 'refused' | 'retries',
  number
> & {
  lastServerError?: string;
};

const REQUEST_TIMEOUT_MS = 30_000;

/** Sends one filing (or its retry: same key, same body) and records what came back. */
async function attempt(baseUrl: string, filing: Filing, tally: Tally): Promise<void> {
  const form = multipartBody([
    {
      name: 'application',
      value: JSON.stringify({
        target: { series: 'engineering', level: 'associate-senior', specialty: '通信工程' },
        personalCommitment: true,
      }),
    },
    {
      name: 'education-certificate',
      fileName: 'degree.pdf',
      contentType: 'application/pdf',
      bytes: filing.pdf,
    },
  ]);
  let status: number;
  let body: string;
  try {
    const response = await fetch(`${baseUrl}/api/v1/applications`, {
      method: 'POST',
      headers: {
        cookie: filing.who.cookie,
        'x-csrf-token': filing.who.csrfToken,
        'idempotency-key': filing.key,
        ...form.headers,
      },
      body: form.payload,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    status = response.status;
    body = await response.text();
  } catch {
    tally.noAnswer += 1;
    return;
  }
  if (status === 200 || status === 201) {
    const id = (JSON.parse(body) as { id: string }).id;
    if (filing.ackedId === null) filing.ackedId = id;
    else if (filing.ackedId !== id) filing.otherIds.add(id);
    tally.acknowledged += 1;
    if (status === 200) tally.replayed += 1;
  } else if (status >= 500) {
    tally.serverError += 1;
    tally.lastServerError = `${status} ${body.slice(0, 160)}`;
  } else {
    filing.refused = `${status} ${body.slice(0, 200)}`;
    tally.refused += 1;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `filings` through `clients` concurrent clients. Each client, as a browser's would, sends
 * its filing again with the same key when it got no acknowledgement (no answer, or a 5xx), after
 * a growing pause, up to `tries` times, so the rush goes on through a crash and after it.
 * `afterEach` sees every attempt; once it answers false, the clients stop.
 */
async function runConcurrently(
  baseUrl: string,
  filings: Filing[],
  clients: number,
  tally: Tally,
  tries: number,
  afterEach: () => boolean = () => true,
) {
  const queue = [...filings];
  let going = true;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let next = queue.shift(); next && going; next = queue.shift()) {
        for (let n = 0; n < tries && going; n++) {
          if (n > 0) tally.retries += 1;
          await attempt(baseUrl, next, tally);
          going = afterEach();
          if (next.ackedId !== null || next.refused !== null) break;
          await sleep(Math.min(2000, 100 * 2 ** n));
        }
      }
    }),
  );
}

/**
 * Files every filing under load (each retried by its client until acknowledged) and, each time
 * the acknowledged filings pass one of `crashAt`, runs `crash` then `recover` while the load goes
 * on; then retries every filing still not acknowledged with the same key, up to `rounds` times.
 */
export async function fileThroughCrash(options: {
  baseUrl: string;
  filings: Filing[];
  clients: number;
  /** Acknowledged filings at which to crash, in increasing order. */
  crashAt: number[];
  crash: () => Promise<void>;
  recover: () => Promise<void>;
  rounds: number;
  log: (line: string) => void;
}) {
  const tally: Tally = { acknowledged: 0, replayed: 0, noAnswer: 0, serverError: 0, refused: 0, retries: 0 };
  const acked = () => options.filings.filter((f) => f.ackedId !== null).length;
  let crashes = 0;
  let crashing: Promise<void> | null = null;
  // A crash or recovery that failed (the server would not come back) stops the clients; the
  // error is thrown once they have stopped, so the benchmark can clean up after it.
  let failure: { error: unknown } | null = null;
  const maybeCrash = () => {
    if (failure) return false;
    if (crashing || crashes >= options.crashAt.length || acked() < options.crashAt[crashes]!) return true;
    crashes += 1;
    crashing = (async () => {
      options.log(`已确认 ${acked()} 份，制造第 ${crashes} 次故障…`);
      await options.crash();
      await options.recover();
      options.log('已恢复');
    })()
      .catch((error: unknown) => {
        failure = { error };
      })
      .finally(() => {
        crashing = null;
      });
    return true;
  };
  await runConcurrently(options.baseUrl, options.filings, options.clients, tally, 12, maybeCrash);
  await crashing;
  if (failure) throw (failure as { error: unknown }).error;
  for (let round = 1; round <= options.rounds; round++) {
    const pending = options.filings.filter((f) => f.ackedId === null && f.refused === null);
    if (pending.length === 0) break;
    options.log(`第 ${round} 轮补发：${pending.length} 份仍未获确认的申报，用原来的 Idempotency-Key`);
    await runConcurrently(options.baseUrl, pending, options.clients, tally, 1);
    tally.retries += pending.length;
    await sleep(1000);
  }
  return { tally, crashes };
}

/**
 * What the database holds for these filings: acknowledged but absent (or not the person's, or
 * its file missing or changed) counts as lost; a person with more than one application, or a
 * key acknowledged with two different ids, as doubled.
 */
export async function countLostAndDoubled(db: Db, filings: Filing[], attachmentsDir: string) {
  const people = filings.map((f) => f.who.personId);
  const rows = await db
    .select({
      id: applications.id,
      personId: applications.personId,
      key: applications.idempotencyKey,
      attachmentIds: applications.attachmentIds,
    })
    .from(applications)
    .where(anyOf(applications.personId, people));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const fileIds = rows.flatMap((r) => r.attachmentIds);
  const files = new Map(
    (fileIds.length
      ? await db
          .select({ id: attachments.id, sm3: attachments.sm3 })
          .from(attachments)
          .where(inArray(attachments.id, fileIds))
      : []
    ).map((f) => [f.id, f.sm3]),
  );
  const intact = (sm3: string | undefined) => {
    if (!sm3) return false;
    try {
      return (
        crypto
          .createHash('sm3')
          .update(fs.readFileSync(attachmentFileOf(attachmentsDir, sm3)))
          .digest('hex') === sm3
      );
    } catch {
      return false;
    }
  };
  const acked = filings.filter((f) => f.ackedId !== null);
  const lost = acked.filter((f) => {
    const row = byId.get(f.ackedId!);
    return (
      !row ||
      row.personId !== f.who.personId ||
      row.key !== f.key ||
      !row.attachmentIds.every((id) => intact(files.get(id)))
    );
  }).length;
  const perPerson = new Map<string, number>();
  for (const row of rows) perPerson.set(row.personId, (perPerson.get(row.personId) ?? 0) + 1);
  const doubledPeople = new Set([
    ...[...perPerson].filter(([, n]) => n > 1).map(([person]) => person),
    ...filings.filter((f) => f.otherIds.size > 0).map((f) => f.who.personId),
  ]);
  const unacknowledged = filings.filter((f) => f.ackedId === null);
  return {
    lost,
    doubled: doubledPeople.size,
    acknowledged: acked.length,
    unacknowledged: unacknowledged.length,
    /** Never acknowledged, yet in the database (the client would learn of it by retrying again). */
    unacknowledgedButStored: unacknowledged.filter((f) => rows.some((r) => r.personId === f.who.personId))
      .length,
    refused: filings.filter((f) => f.refused !== null).map((f) => f.refused!),
  };
}
