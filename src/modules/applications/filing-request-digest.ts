import { canonicalJson } from '../../domain/canonical-json';
import { AppError } from '../../domain/errors';
import { sm3Hex } from '../../platform/crypto';
import type { KeptFile } from '../attachments';
import type { ApplicationDraft } from './filing-assessment';

/**
 * SM3 of the canonical JSON of what a filing asks for — the body as validated and the files
 * sent with it — stored with its Idempotency-Key. Defaults are filled in before hashing, so
 * a retry that spells out a default asks the same; files count by kind, name and content
 * (their SM3), not by where the store put them, which differs on every upload.
 */
export function filingRequestDigest(request: {
  draft: ApplicationDraft;
  options: { submit: boolean; personalCommitment: boolean };
  files?: readonly Pick<KeptFile, 'kind' | 'fileName' | 'sm3'>[];
}): string {
  const { target, pathway, attachmentIds, dispatchAgencyId } = request.draft;
  return sm3Hex(
    canonicalJson({
      target: { series: target.series, level: target.level, specialty: target.specialty },
      pathway,
      attachmentIds,
      dispatchAgencyId,
      submit: request.options.submit,
      personalCommitment: request.options.personalCommitment,
      files: (request.files ?? []).map((f) => ({ kind: f.kind, fileName: f.fileName, sm3: f.sm3 })),
    }),
  );
}

/**
 * Whether an application filed earlier with a request's key answers that request: only if it
 * was filed with the same request. Applications filed before digests were kept have none and
 * are taken as the retry they most likely are.
 */
export function sameFilingRequest(filed: { requestDigest: string | null }, digest: string): boolean {
  return filed.requestDigest === null || filed.requestDigest === digest;
}

/** The refusal of a key already used for a different request (422: the request is well-formed). */
export function idempotencyKeyReused(key: string): AppError {
  return new AppError(
    'unprocessable',
    'IDEMPOTENCY_KEY_REUSED',
    `请求头 Idempotency-Key「${key}」已用于另一份内容不同的申报，不能用于本次请求：重试同一申报请原样重发，新的申报请生成新的 Idempotency-Key`,
  );
}
