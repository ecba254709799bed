import { type FieldProblem, invalidInput } from '../domain/errors';
import { printableName, unstorableTextError, unstorableTextReason } from '../domain/storable-text';
import { formErrors } from './form-errors';

/** One part of a multipart/form-data body (RFC 7578): a text field or a file. */
export interface MultipartPart {
  name: string;
  /** Set for a file (a part with a filename, or sent as application/octet-stream); without any path. */
  fileName: string | null;
  /** The part's Content-Type without parameters, lower case; text/plain when not given. */
  mimetype: string;
  bytes: Buffer;
}

const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');

const malformed = (message: string) =>
  invalidInput([{ path: 'body', message: `表单格式不正确：${message}` }], 'INVALID_MULTIPART');

/** The boundary parameter of a multipart Content-Type (RFC 2046: 1–70 characters), or null. */
export function multipartBoundary(contentType: string | undefined): string | null {
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const boundary = match ? (match[1] ?? match[2]!) : null;
  return boundary && boundary.length <= 70 ? boundary : null;
}

/** `name=value` parameters of a header value, quoted or not; `filename*` (RFC 5987) decoded. */
function headerParams(value: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const m of value.matchAll(/;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g)) {
    const key = m[1]!.toLowerCase();
    const raw = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!.trim();
    if (key.endsWith('*')) {
      const encoded = /^[\w-]*'[\w-]*'(.*)$/.exec(raw);
      try {
        params.set(key.slice(0, -1), decodeURIComponent(encoded ? encoded[1]! : raw));
      } catch {
        throw malformed(`参数 ${key} 的编码无效`);
      }
    } else if (!params.has(key)) params.set(key, raw);
  }
  return params;
}

/**
 * A part's field name or file name that the database could not store (domain/storable-text.ts):
 * a NUL arrives raw or as `filename*=UTF-8''%00`, and the file name is stored with the file.
 */
export function unstorablePartNames(name: string, fileName: string | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const nameReason = unstorableTextReason(name);
  if (nameReason) problems.push({ path: printableName(name), message: `字段名${nameReason}` });
  const fileNameReason = fileName === undefined ? null : unstorableTextReason(fileName);
  if (fileNameReason) problems.push({ path: `${printableName(name)}（文件名）`, message: fileNameReason });
  return problems;
}

function partOf(headerText: string, bytes: Buffer): MultipartPart {
  const headers = new Map<string, string>();
  for (const line of headerText.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw malformed('分段头无效');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition');
  if (!disposition || !/^form-data\s*(;|$)/i.test(disposition))
    throw malformed('分段缺少 Content-Disposition: form-data');
  const params = headerParams(disposition);
  const name = params.get('name');
  if (name === undefined) throw malformed('分段缺少字段名');
  const mimetype = (headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
  const fileName = params.get('filename');
  const unstorable = unstorablePartNames(name, fileName);
  if (unstorable.length > 0) throw unstorableTextError(unstorable);
  const isFile = fileName !== undefined || mimetype === 'application/octet-stream';
  // Only the name: a path sent by an old browser never reaches storage.
  return { name, fileName: isFile ? (fileName ?? '').replace(/^.*[\\/]/, '') : null, mimetype, bytes };
}

/**
 * The parts of a whole multipart/form-data body, in order. The body is read in full before
 * (its size bounded by the caller): for a form of a record and a few files this is a handful
 * of `indexOf` calls, where a streaming parser spent more setting up than parsing. Refuses
 * with a Chinese error: a malformed body, more than `maxParts` parts, a file over `maxFileBytes`.
 */
export function parseMultipart(
  body: Buffer,
  boundary: string,
  limits: { maxParts: number; maxFileBytes: number },
): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  let position = body.indexOf(delimiter);
  // A preamble before the first delimiter is allowed, and ignored, when it ends a line.
  if (position < 0 || (position > 0 && !body.subarray(position - 2, position).equals(CRLF)))
    throw malformed('找不到分隔符');
  position += delimiter.length;
  const parts: MultipartPart[] = [];
  for (;;) {
    if (body[position] === 0x2d && body[position + 1] === 0x2d) return parts; // "--": the end
    if (!body.subarray(position, position + 2).equals(CRLF)) throw malformed('分隔符后应换行');
    const headersEnd = body.indexOf(HEADERS_END, position + 2);
    if (headersEnd < 0) throw malformed('分段头未结束');
    const contentStart = headersEnd + HEADERS_END.length;
    const contentEnd = body.indexOf(nextDelimiter, contentStart);
    if (contentEnd < 0) throw malformed('缺少结束分隔符');
    if (parts.length === limits.maxParts) throw formErrors.tooManyParts();
    const part = partOf(
      body.toString('utf8', position + 2, headersEnd),
      body.subarray(contentStart, contentEnd),
    );
    if (part.fileName !== null && part.bytes.length > limits.maxFileBytes) throw formErrors.fileTooLarge();
    parts.push(part);
    position = contentEnd + nextDelimiter.length;
  }
}
