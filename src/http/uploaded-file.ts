import type { FastifyRequest } from 'fastify';
import { AppError, invalidInput } from '../domain/errors';

/** The one file of a single-file upload, read whole. */
export interface UploadedFile {
  fileName: string;
  mimetype: string;
  bytes: Buffer;
}

/**
 * Reads the file of a `multipart/form-data` upload (the streaming parser, one file per request).
 * A body that is not a well-formed form — no boundary, cut short, a part without headers — is the
 * client's mistake, but busboy reports it with a plain `Error` that the error handler would answer
 * as a 500; here it becomes a 400. Fastify's own coded errors (size and count limits) pass through
 * to the error handler, except a file over this route's own limit when the route names its refusal.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  options: { missing: string; fileSize?: number; tooLarge?: () => AppError },
): Promise<UploadedFile> {
  try {
    const file = await request.file(
      options.fileSize ? { limits: { fileSize: options.fileSize } } : undefined,
    );
    if (!file) throw invalidInput([{ path: 'file', message: options.missing }]);
    return { fileName: file.filename, mimetype: file.mimetype, bytes: await file.toBuffer() };
  } catch (error) {
    throw uploadError(error, options.tooLarge);
  }
}

function uploadError(error: unknown, tooLarge?: () => AppError): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE' && tooLarge) return tooLarge();
  if (typeof code === 'string') return error;
  return new AppError(
    'invalid',
    'MALFORMED_FORM',
    '上传的表单格式不正确（multipart/form-data 不完整或缺少分隔符），请重新选择文件上传',
  );
}
