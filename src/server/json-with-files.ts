import type { FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import { invalidInput } from '../domain/errors';

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
  return async function readForm(request) {
    if (!request.isMultipart()) return;
    const files: FormFile[] = [];
    let json: string | undefined;
    const parts = request.parts({
      // One part more than the JSON and the files, so that too many files is named as such.
      limits: { files: limits.files, fileSize: limits.fileSize, fields: 1, parts: limits.files + 2 },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        files.push({
          field: part.fieldname,
          fileName: part.filename,
          mimetype: part.mimetype,
          bytes: await part.toBuffer(),
        });
      } else if (part.fieldname === jsonField) json = String(part.value);
      else
        throw invalidInput([{ path: part.fieldname, message: `未知的表单字段，应为 ${jsonField} 或文件` }]);
    }
    if (json === undefined)
      throw invalidInput([{ path: jsonField, message: `缺少表单字段 ${jsonField}（JSON）` }]);
    try {
      request.body = JSON.parse(json);
    } catch {
      throw invalidInput([{ path: jsonField, message: '不是有效的JSON' }], 'INVALID_JSON');
    }
    filesByRequest.set(request, files);
  };
}

/** The files a multipart request sent beside its JSON (none for a JSON request). */
export function formFiles(request: FastifyRequest): FormFile[] {
  return filesByRequest.get(request) ?? [];
}
