import type { Citation } from '../policy/citation';
import { citeSuffix, REVIEW_CITATIONS } from './review-citations';
import { ceilShare, type Share, shareText } from './share';

/** Members who must attend for the committee to sit: ⌈members × share⌉ (national: 2/3, 人社部令第40号). */
export function quorumRequired(members: number, share: Share): number {
  return ceilShare(members, share);
}

/**
 * Whether `attending` of `members` make a quorum, with the message to show either way. The
 * citation is the national rule unless the caller passes the one its policy resolved.
 */
export function checkQuorum(
  members: number,
  attending: number,
  share: Share,
  citation: Citation = REVIEW_CITATIONS.order40,
): { ok: boolean; required: number; message: string; citation: Citation } {
  const required = quorumRequired(members, share);
  ceilShare(attending, share); // validates `attending` as a whole number
  const ok = attending >= required;
  const rule = `应到${members}人的${shareText(share)}，即${required}人`;
  const message = ok
    ? `实到${attending}人，达到出席评审会议的法定人数（${rule}）`
    : `实到${attending}人，不足出席评审会议的法定人数（${rule}），不得开会评审${citeSuffix([citation])}`;
  return { ok, required, message, citation };
}
