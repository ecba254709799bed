import { z } from 'zod';

/** Paging shared by every list endpoint: 1-based page, bounded page size. */
export const pagingQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

/** A sort parameter over the given fields: `name` ascending, `-name` descending. */
export function sortQuery<const F extends string>(fields: readonly F[], fallback: F | `-${F}`) {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [F | `-${F}`, ...(F | `-${F}`)[]];
  return z.enum(values).default(fallback as never);
}

const pages = new WeakMap<z.ZodType, z.ZodType>();

/** The fields of one page of a list, unnamed: for a page that states more than its rows. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/**
 * One page of a list. A page of a named item is itself named (`XPage`), once however many
 * routes answer with it, so the document and the generated client say what the page holds.
 */
export function pageResponse<T extends z.ZodType>(item: T) {
  const page = pageOf(item);
  const id = z.globalRegistry.get(item)?.id;
  if (!id) return page;
  const known = pages.get(item) as typeof page | undefined;
  if (known) return known;
  const named = page.meta({ id: `${id}Page` });
  pages.set(item, named);
  return named;
}

/** A field's problem in a refusal: its path as the client wrote it (`education[0].degree`) and why. */
export const fieldProblem = z
  .object({ path: z.string(), message: z.string() })
  .meta({ id: 'FieldProblem', description: '字段路径（按请求中的写法）与问题说明' });

/** The response schema of the contract's error JSON (CONTRACTS §0), for the OpenAPI document. */
export const errorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(fieldProblem),
    }),
  })
  .meta({ id: 'Error', description: '错误：代码、中文说明和各字段的问题' });

/** The failures a state-changing route answers with, each as the error JSON (CONTRACTS §0). */
export const errorResponses = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};
