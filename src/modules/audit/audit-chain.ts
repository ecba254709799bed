import { canonicalJson } from '../../domain/canonical-json';
import { sm3Hex } from '../../platform/crypto';

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  occurredAt: string;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
}

/** SM3 over the previous hash and the event's canonical content: the link of the chain. */
export function chainHash(prevHash: string, content: AuditContent): string {
  return sm3Hex(
    `${prevHash}\n${canonicalJson({
      occurredAt: new Date(content.occurredAt).toISOString(),
      actorUserId: content.actorUserId,
      action: content.action,
      entityType: content.entityType,
      entityId: content.entityId,
      data: content.data,
    })}`,
  );
}
