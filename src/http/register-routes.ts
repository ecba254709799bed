import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../domain/access/actor';
import { actorOf } from './access';
import { sendXlsx, xlsxResponse } from './file-reply';
import { errorResponse, pageResponse, pagingQuery } from './list-query';

/** A register's filters, and the same filters with a page. */
type Filters<F extends z.ZodRawShape> = z.output<z.ZodObject<F>>;
type PagedFilters<F extends z.ZodRawShape> = z.output<z.ZodObject<F & typeof pagingQuery>>;

/** What `registerRoutes` needs to serve a register (an administrator's list of records). */
export interface RegisterSpec<F extends z.ZodRawShape, Item extends z.ZodType> {
  /** The list's path; the export is served at `${path}/export`. */
  path: string;
  config: FastifyContextConfig;
  tags: string[];
  /** The query both routes take (without paging): search, filters and sort. */
  filters: F;
  /** One row of the list. */
  item: Item;
  summaries: { list: string; export: string };
  /** The workbook: its description in the document and the name it is saved under. */
  workbook: { description: string; fileName: string };
  list: (actor: Actor, query: PagedFilters<F>) => Promise<unknown>;
  exportXlsx: (actor: Actor, query: Filters<F>) => Promise<Buffer>;
}

/**
 * A register's two read routes over one set of filters: the paged list (`GET path`) and the
 * same selection as an Excel workbook (`GET path/export`), so what a user exports is always what
 * the list shows them, without the paging.
 */
export function registerRoutes<F extends z.ZodRawShape, Item extends z.ZodType>(
  app: FastifyInstance,
  spec: RegisterSpec<F, Item>,
): void {
  const { config, tags, filters } = spec;
  app.get(
    spec.path,
    {
      config,
      schema: {
        tags,
        summary: spec.summaries.list,
        querystring: z.strictObject({ ...pagingQuery, ...filters }),
        response: { 200: pageResponse(spec.item), 400: errorResponse },
      },
    },
    (request) => spec.list(actorOf(request), request.query as PagedFilters<F>),
  );

  app.get(
    `${spec.path}/export`,
    {
      config,
      schema: {
        tags,
        summary: spec.summaries.export,
        querystring: z.strictObject(filters),
        response: { 200: xlsxResponse(spec.workbook.description) },
      },
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        spec.workbook.fileName,
        await spec.exportXlsx(actorOf(request), request.query as Filters<F>),
      ),
  );
}
