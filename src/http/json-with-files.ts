import type { FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import { invalidInput } from '../domain/errors';
import { refuseUnstorableText } from '../domain/storable-text';
import { formErrors } from './form-errors';
import { multipartBoundary, parseMultipart } from './multipart-form';

/** A file part of a multipart form, read into memory (the multipart limits bound its size). */
export interface FormFile {
  field: string;
  fileName: string;
  mimetype: string;
  bytes: Buffer;
}

const filesByRequest = new WeakMap<FastifyRequest, FormFile[]>();

/**
 * A route that takes a JSON body may also take it as multipart/form-data, the JSON in the
 * text field `jsonField` and files beside it, so that a client sends a record and its files
 * in one request. Run as the route's preValidation hook: the JSON becomes the body, checked
 * by the route's schema exactly as a JSON body would be; the files wait for the handler
 * (`formFiles`). A JSON request passes through untouched.
 */
export function jsonWithFiles(
  jsonField: string,
  limits: { files: number; fileSize: number },
): preValidationAsyncHookHandler {
  // The files at their limit, and a megabyte for the JSON and the parts' headers.
  const maxBody = limits.files * limits.fileSize + 1024 * 1024;
  return async function readForm(request) {
    if (!request.isMultipart()) return;
    const boundary = multipartBoundary(request.headers['content-type']);
    if (!boundary)
      throw invalidInput([{ path: 'body', message: '表单缺少分隔符（boundary）' }], 'INVALID_MULTIPART');
    // One part more than the JSON and the files, so that too many files is named as such.
    const parts = parseMultipart(await readBody(request, maxBody), boundary, {
      maxParts: limits.files + 2,
      maxFileBytes: limits.fileSize,
    });
    const files: FormFile[] = [];
    let json: string | undefined;
    for (const part of parts) {
      if (part.fileName !== null) {
        if (files.length === limits.files) throw formErrors.tooManyFiles();
        files.push({ field: part.name, fileName: part.fileName, mimetype: part.mimetype, bytes: part.bytes });
      } else if (part.name !== jsonField)
        throw invalidInput([{ path: part.name, message: `未知的表单字段，应为 ${jsonField} 或文件` }]);
      else if (json !== undefined) throw formErrors.tooManyParts();
      else json = part.bytes.toString('utf8');
    }
    if (json === undefined)
      throw invalidInput([{ path: jsonField, message: `缺少表单字段 ${jsonField}（JSON）` }]);
    let body: unknown;
    try {
      body = JSON.parse(json);
    } catch {
      throw invalidInput([{ path: jsonField, message: '不是有效的JSON' }], 'INVALID_JSON');
    }
    // The server's text check ran before this hook read the form, so the JSON is checked here.
    refuseUnstorableText(body);
    request.body = body;
    filesByRequest.set(request, files);
  };
}

/** The whole request body, refused with 413 once it grows past `max` bytes. */
async function readBody(request: FastifyRequest, max: number): Promise<Buffer> {
  if (Number(request.headers['content-length'] ?? 0) > max) throw formErrors.bodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.raw as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw formErrors.bodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** The files a multipart request sent beside its JSON (none for a JSON request). */
export function formFiles(request: FastifyRequest): FormFile[] {
  return filesByRequest.get(request) ?? [];
}
