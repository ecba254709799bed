import type { AttachmentKind } from '../../../src/domain/attachments/file-type';
import { http, upload } from './client';

export type { AttachmentKind };

/** One supporting file of the logged-in applicant, as the server lists it. */
export interface Attachment {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  /** What the bytes really are (the server sniffs them): `application/pdf`, `image/jpeg` or `image/png`. */
  contentType: string;
  /** In bytes. */
  size: number;
  /** The SM3 digest of the file, 64 hex digits. */
  sm3: string;
  createdAt: string;
}

/** The size the server accepts by default (`ZHIPING_ATTACHMENT_MAX_MB`); checked before sending to save a long wait. */
export const ATTACHMENT_MAX_MB = 10;

/** The file types the server accepts, for the file chooser; the server decides by content, not by name. */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png';

/** The applicant's own files, newest first. */
export function fetchAttachments(signal?: AbortSignal): Promise<Attachment[]> {
  return http.get<Attachment[]>('/api/v1/me/attachments', { signal });
}

/** Uploads one file as material of this kind. */
export function uploadAttachment(
  kind: AttachmentKind,
  file: File,
  options: { signal?: AbortSignal; onProgress?: (percent: number) => void } = {},
): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return upload<Attachment>('/api/v1/me/attachments', form, { ...options, query: { kind } });
}

/** Where the file itself is served (with `x-content-sm3` naming its digest). */
export function attachmentContentPath(id: string): string {
  return `/api/v1/me/attachments/${encodeURIComponent(id)}/content`;
}
