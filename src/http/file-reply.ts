import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ATTACHMENT_TYPES } from '../domain/attachments/file-type';
import { codesOf } from '../domain/code-labels';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../platform/excel';

/** A file's bytes in the OpenAPI document (`type: string, format: binary`); sent as they are, never serialised. */
const fileBytes = z
  .custom<Buffer | Uint8Array | Readable>(() => true)
  .meta({ type: 'string', format: 'binary' });

/**
 * The answer of a route that sends a file, for the OpenAPI document: the content types it can
 * have, so a client knows a PDF from a workbook before it asks.
 */
export function fileResponse(description: string, contentTypes: readonly [string, ...string[]]) {
  return {
    description,
    content: Object.fromEntries(contentTypes.map((type) => [type, { schema: fileBytes }])),
  };
}

/** An Excel workbook (.xlsx) sent as a download. */
export const xlsxResponse = (description: string) => fileResponse(description, [XLSX_CONTENT_TYPE]);

/** A PDF sent to be shown or saved. */
export const pdfResponse = (description: string) => fileResponse(description, ['application/pdf']);

/**
 * A stream of JSON lines (application/x-ndjson), each one a `line`. The handler sends a stream:
 * the schema admits it beside the line, and the stream's branch, which JSON Schema cannot
 * describe, drops out of the document, which shows the line alone.
 */
export function ndjsonResponse<T extends z.ZodType>(description: string, line: T) {
  return {
    description,
    content: { 'application/x-ndjson': { schema: z.union([line, z.custom<Readable>(() => true)]) } },
  };
}

/** A stored attachment, as the type its bytes were found to be at upload (the SM3 in `x-content-sm3`). */
export const attachmentFileResponse = fileResponse(
  '附件文件本身（类型按上传时的内容判断），响应头 x-content-sm3 为其SM3摘要',
  codesOf(ATTACHMENT_TYPES),
);

/** `Content-Disposition` with the original (often Chinese) file name, RFC 5987-encoded. */
export function dispositionOf(kind: 'attachment' | 'inline', fileName: string): string {
  return `${kind}; filename="file"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a stored attachment as the file it is, with the SM3 recorded at upload in `x-content-sm3`. */
export function sendStoredFile(
  reply: FastifyReply,
  file: { contentType: string; fileName: string; sm3: string },
  bytes: Buffer,
) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', dispositionOf('attachment', file.fileName))
    .header('x-content-sm3', file.sm3)
    .send(bytes);
}

/** Sends a generated PDF to be shown in the browser, saved under `fileName`. */
export function sendPdf(reply: FastifyReply, fileName: string, bytes: Uint8Array) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', dispositionOf('inline', fileName))
    .send(Buffer.from(bytes));
}

/** Sends a generated Excel workbook as a download saved under `fileName` (`….xlsx`). */
export function sendXlsx(reply: FastifyReply, fileName: string, bytes: Buffer) {
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', attachmentDisposition(fileName))
    .send(bytes);
}
