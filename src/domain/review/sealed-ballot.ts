/**
 * What a sealed ballot holds before it is encrypted: the item and the choice, in a form of
 * fixed length, so that the ciphertext's length says nothing about how the expert voted.
 * The expert is not in it: who voted is recorded apart (participation), and the two are
 * joined by nothing stored.
 */
export const BALLOT_CHOICES = ['agree', 'disagree', 'abstain'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

const CODE: Record<BallotChoice, string> = { agree: 'A', disagree: 'D', abstain: 'X' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `<application uuid>:<A|D|X>` — always 38 characters. */
export function ballotContent(applicationId: string, choice: BallotChoice): string {
  const id = applicationId.toLowerCase();
  if (!UUID.test(id)) throw new Error('申报编号格式不正确');
  return `${id}:${CODE[choice]}`;
}

/** The inverse of {@link ballotContent}; throws on anything it did not produce. */
export function readBallotContent(content: string): { applicationId: string; choice: BallotChoice } {
  const [id, code] = content.split(':');
  const choice = BALLOT_CHOICES.find((c) => CODE[c] === code);
  if (!id || !UUID.test(id) || !choice || content.length !== 38) throw new Error('选票内容无法识别');
  return { applicationId: id, choice };
}

export interface Tally {
  applicationId: string;
  agree: number;
  disagree: number;
  abstain: number;
}

/** Counts opened ballots per item, in application-id order (an order unrelated to casting). */
export function tallyBallots(ballots: { applicationId: string; choice: BallotChoice }[]): Tally[] {
  const byItem = new Map<string, Tally>();
  for (const { applicationId, choice } of ballots) {
    const tally = byItem.get(applicationId) ?? { applicationId, agree: 0, disagree: 0, abstain: 0 };
    tally[choice] += 1;
    byItem.set(applicationId, tally);
  }
  return [...byItem.values()].sort((a, b) => a.applicationId.localeCompare(b.applicationId));
}
