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

export function pageResponse<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** The response schema of the contract's error JSON, for the OpenAPI document. */
export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

/** The failures a state-changing route answers with, each as the error JSON (CONTRACTS §0). */
export const errorResponses = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};

/** A step's acknowledgement whose fields are the service's (shown as an object in the OpenAPI document). */
export const acknowledgement = z.looseObject({});
