import type { FastifyReply } from 'fastify';

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
