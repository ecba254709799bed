import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FieldProblem } from '../domain/errors';
import { findUnstorableText, printableName, unstorableTextError } from '../domain/storable-text';
import { unstorablePartNames } from '../http/multipart-form';

/**
 * Refuses, for every route at once, text the database cannot store (domain/storable-text.ts):
 * a NUL or a lone surrogate in the route parameters, the query string, the headers or the
 * JSON body — keys included — is a 400 `INVALID_TEXT` naming the field, before the route's
 * schema or any query sees it. It runs after the access check (onRequest), so a caller
 * without access learns nothing. A body sent as multipart/form-data is checked where it is
 * read: `jsonWithFiles` checks its JSON and `parseMultipart` its names; for a file streamed
 * by @fastify/multipart, `request.file()` is wrapped here so its names are checked as the
 * route receives it.
 */
export function installTextHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problems = [
      ...findUnstorableText(request.params),
      ...findUnstorableText(request.query),
      ...headerProblems(request),
      ...findUnstorableText(request.body),
    ];
    if (problems.length > 0) throw unstorableTextError(problems);
    if (request.isMultipart()) checkStreamedFileNames(request);
  });
}

/**
 * Node's HTTP parser already refuses a NUL in a header; a header that still carries one (an
 * in-process request, a proxy that decoded it) is refused like any other field, since some —
 * Idempotency-Key — are stored.
 */
function headerProblems(request: FastifyRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    for (const problem of findUnstorableText(value)) {
      problems.push({ path: `请求头 ${printableName(name)}`, message: problem.message });
    }
  }
  return problems;
}

function checkStreamedFileNames(request: FastifyRequest): void {
  const readFile = request.file;
  // The overloads of `file` differ only in their options; the wrapper passes them through.
  const checked = async function (this: FastifyRequest, ...args: unknown[]) {
    const part = await (readFile as (...a: unknown[]) => ReturnType<FastifyRequest['file']>).apply(
      this,
      args,
    );
    if (part) {
      const problems = unstorablePartNames(part.fieldname, part.filename);
      if (problems.length > 0) {
        part.file.resume(); // the file is refused: let the rest of the body drain
        throw unstorableTextError(problems);
      }
    }
    return part;
  };
  request.file = checked as FastifyRequest['file'];
}
