import crypto from 'node:crypto';
import type { Db } from '../../db/client';
import type { AttachmentRecord, NewAttachmentRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { ATTACHMENT_TYPES, type AttachmentKind, sniffContentType } from '../../domain/attachments/file-type';
import { AppError, invalidInput, notFound } from '../../domain/errors';
import type { AttachmentStore } from '../../platform/attachment-store';
import { createBatcher } from '../../platform/batcher';
import type { Clock } from '../../platform/clock';
import { sm3Hex } from '../../platform/crypto';
import type { AuditLog } from '../audit';
import { personIdOfUser, personIdsOfUsers } from '../profile';
import * as repo from './attachments.repository';

function attachmentView(row: AttachmentRecord) {
  return {
    id: row.id,
    kind: row.kind as AttachmentKind,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sm3: row.sm3,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface Upload {
  kind: AttachmentKind;
  fileName: string;
  declaredType: string;
  bytes: Buffer;
}

/** The audit event of a file's row, written in the row's transaction. */
export function uploadedAudit(row: NewAttachmentRecord & { id: string }) {
  return {
    actorUserId: row.createdBy,
    entry: {
      action: 'attachment.uploaded',
      entityType: 'attachment',
      entityId: row.id,
      data: { kind: row.kind, contentType: row.contentType, size: row.size, sm3: row.sm3 },
    },
  };
}

/** A checked file whose bytes are in the store; its row is written by whoever names it. */
export type KeptFile = Pick<NewAttachmentRecord, 'kind' | 'fileName' | 'contentType' | 'size' | 'sm3'>;

/** A professional's supporting files: checked by content and size, hashed with SM3, kept in the store. */
export function createAttachmentsService(deps: {
  db: Db;
  audit: AuditLog;
  clock: Clock;
  store: AttachmentStore;
  maxBytes: number;
}) {
  const { db, audit, clock, store, maxBytes } = deps;

  const noProfile = () => notFound('与当前账号关联的专业技术人员档案', 'PROFILE_NOT_FOUND');

  async function personOf(actor: Actor): Promise<string> {
    const personId = await personIdOfUser(db, actor.userId);
    if (!personId) throw noProfile();
    return personId;
  }

  /**
   * The rows of files stored, with their audit events: uploads arriving together find their
   * owners in one query and are written in one transaction (group commit), each row with
   * its event. An account without a professional's record is refused alone.
   */
  const record = createBatcher<Omit<NewAttachmentRecord, 'id' | 'personId'>, AttachmentRecord>({
    async run(uploads) {
      const personOf = await personIdsOfUsers(
        db,
        uploads.map((u) => u.createdBy),
      );
      // Ids chosen here, so each upload finds its own row whatever order the rows come back in.
      const rows = uploads.map((u) => {
        const personId = personOf.get(u.createdBy);
        return personId ? { ...u, id: crypto.randomUUID(), personId } : null;
      });
      const valid = rows.filter((r) => r !== null);
      const written = new Map<string, AttachmentRecord>();
      if (valid.length > 0)
        await db.transaction(async (tx) => {
          for (const row of await repo.insertAttachments(tx, valid).returning()) written.set(row.id, row);
          await audit.recordAll(tx, valid.map(uploadedAudit));
        });
      return rows.map((row) =>
        row ? { ok: true, value: written.get(row.id)! } : { ok: false, error: noProfile() },
      );
    },
  });

  /**
   * Checks a file by its content and size and keeps its bytes in the store under their SM3;
   * what is left to write is its row. `field` names the form field in the errors.
   */
  async function keep(upload: Upload, field = 'file'): Promise<KeptFile> {
    if (upload.bytes.length === 0) throw invalidInput([{ path: field, message: '文件为空' }]);
    if (upload.bytes.length > maxBytes) {
      throw new AppError('too-large', 'FILE_TOO_LARGE', `文件超过${Math.round(maxBytes / 1024 / 1024)}MB`, [
        { path: field, message: `文件大小不能超过${Math.round(maxBytes / 1024 / 1024)}MB` },
      ]);
    }
    const actual = sniffContentType(upload.bytes);
    if (!actual)
      throw invalidInput(
        [{ path: field, message: '只能上传PDF、JPG或PNG文件（按文件内容判断）' }],
        'FILE_TYPE_NOT_ALLOWED',
      );
    if (
      upload.declaredType &&
      upload.declaredType !== 'application/octet-stream' &&
      upload.declaredType !== actual
    ) {
      throw invalidInput(
        [
          {
            path: field,
            message: `文件内容是${ATTACHMENT_TYPES[actual].name}，与声明的类型（${upload.declaredType}）不符`,
          },
        ],
        'FILE_TYPE_MISMATCH',
      );
    }
    const sm3 = sm3Hex(upload.bytes);
    // The bytes go to the store first: if the row then fails, an unreferenced file under its
    // own hash is harmless, whereas a row without its file would not be.
    await store.put(sm3, upload.bytes);
    return {
      kind: upload.kind,
      fileName: upload.fileName.slice(0, 200),
      contentType: actual,
      size: upload.bytes.length,
      sm3,
    };
  }

  return {
    maxBytes,
    keep,

    /** One file uploaded on its own, to be named later by an application. */
    async upload(actor: Actor, upload: Upload) {
      const row = await record({ ...(await keep(upload)), createdAt: clock.now(), createdBy: actor.userId });
      return attachmentView(row);
    },

    async list(actor: Actor) {
      return (await repo.listAttachments(db, await personOf(actor))).map(attachmentView);
    },

    /** The owner's own file. */
    async content(actor: Actor, id: string) {
      return this.contentOf(await personOf(actor), id);
    },

    /**
     * A person's file, checked against the SM3 recorded at upload before it is served. The
     * caller has established that the actor may see it (e.g. as a reviewer of the application).
     */
    async contentOf(personId: string, id: string) {
      const row = await repo.findOwnAttachment(db, personId, id);
      if (!row) throw notFound('附件');
      const bytes = await store.read(row.sm3);
      if (sm3Hex(bytes) !== row.sm3)
        throw new AppError('conflict', 'ATTACHMENT_CORRUPTED', '附件文件已损坏或被改动，请重新上传');
      return { row: attachmentView(row), bytes };
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
