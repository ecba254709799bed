import { api, call, type Schemas, upload } from './client';

/** One supporting file of the logged-in applicant, as the server lists it. */
export type Attachment = Schemas['Attachment'];

/** The kinds of supporting material, as the application forms name them. */
export type AttachmentKind = Attachment['kind'];

/** The size the server accepts by default (`ZHIPING_ATTACHMENT_MAX_MB`); checked before sending to save a long wait. */
export const ATTACHMENT_MAX_MB = 10;

/** The file types the server accepts, for the file chooser; the server decides by content, not by name. */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png';

/** The applicant's own files, newest first. */
export function fetchAttachments(signal?: AbortSignal): Promise<Attachment[]> {
  return call(api.GET('/api/v1/me/attachments', { signal }));
}

/** Uploads one file as material of this kind. */
export function uploadAttachment(
  kind: AttachmentKind,
  file: File,
  options: { signal?: AbortSignal; onProgress?: (percent: number) => void } = {},
): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return upload('/api/v1/me/attachments', form, { ...options, query: { kind } });
}

/** Where the file itself is served (with `x-content-sm3` naming its digest). */
export function attachmentContentPath(id: string): string {
  return `/api/v1/me/attachments/${encodeURIComponent(id)}/content`;
}
