import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../domain/access/actor';
import { actorOf } from './access';
import { idParams } from './field-schemas';
import { sendXlsx, xlsxResponse } from './file-reply';
import { errorResponse, pageResponse, pagingQuery } from './list-query';
import { routeOptions } from './route-options';

/** A register's filters, and the same filters with a page. */
type Filters<F extends z.ZodRawShape> = z.output<z.ZodObject<F>>;
type PagedFilters<F extends z.ZodRawShape> = z.output<z.ZodObject<F & typeof pagingQuery>>;

/** An edit route's summary and the schema its body is checked against. */
interface Edit<B extends z.ZodType> {
  summary: string;
  body: B;
}

/** What `registerRoutes` needs to serve a register (an administrator's list of records). */
export interface RegisterSpec<
  F extends z.ZodRawShape,
  Item extends z.ZodType,
  C extends z.ZodType = z.ZodType,
  U extends z.ZodType = z.ZodType,
> {
  /** The list's path; the export is served at `${path}/export`, one record at `${path}/:id`. */
  path: string;
  config: FastifyContextConfig;
  tags: string[];
  /** The query both read routes take (without paging): search, filters and sort. */
  filters: F;
  /** One record, as the list, the detail and the edits answer it. */
  item: Item;
  summaries: { list: string; export: string };
  /** The workbook: its description in the document and the name it is saved under. */
  workbook: { description: string; fileName: string };
  list: (actor: Actor, query: PagedFilters<F>) => Promise<unknown>;
  exportXlsx: (actor: Actor, query: Filters<F>) => Promise<Buffer>;
  /** `GET path/:id`: one record. */
  detail?: { summary: string; get: (actor: Actor, id: string) => Promise<unknown> };
  /** `POST path`: a new record, answered 201. */
  create?: Edit<C> & { create: (actor: Actor, body: z.output<C>) => Promise<unknown> };
  /** `PATCH path/:id`: changes to one record. */
  update?: Edit<U> & { update: (actor: Actor, id: string, body: z.output<U>) => Promise<unknown> };
}

/**
 * The routes of a register over one set of filters: the paged list (`GET path`) and the same
 * selection as an Excel workbook (`GET path/export`), so what a user exports is always what the
 * list shows them, without the paging; and, where the register has them, one record, a new one
 * and changes to one, with the same access and the same answers everywhere.
 */
export function registerRoutes<
  F extends z.ZodRawShape,
  Item extends z.ZodType,
  C extends z.ZodType = z.ZodType,
  U extends z.ZodType = z.ZodType,
>(app: FastifyInstance, spec: RegisterSpec<F, Item, C, U>): void {
  const { config, filters, item, detail, create, update } = spec;
  const route = routeOptions(spec.tags);
  const idOf = (params: unknown) => (params as z.output<typeof idParams>).id;
  // The 400 of a bad query or body is the platform's (platform-error-responses).
  app.get(
    spec.path,
    route(config, spec.summaries.list, {
      querystring: z.strictObject({ ...pagingQuery, ...filters }),
      response: { 200: pageResponse(item) },
    }),
    (request) => spec.list(actorOf(request), request.query as PagedFilters<F>),
  );

  app.get(
    `${spec.path}/export`,
    route(config, spec.summaries.export, {
      querystring: z.strictObject(filters),
      response: { 200: xlsxResponse(spec.workbook.description) },
    }),
    async (request, reply) =>
      sendXlsx(
        reply,
        spec.workbook.fileName,
        await spec.exportXlsx(actorOf(request), request.query as Filters<F>),
      ),
  );

  if (detail)
    app.get(
      `${spec.path}/:id`,
      route(config, detail.summary, { params: idParams, response: { 200: item, 404: errorResponse } }),
      (request) => detail.get(actorOf(request), idOf(request.params)),
    );

  if (create)
    app.post(
      spec.path,
      route(config, create.summary, { body: create.body, response: { 201: item, 409: errorResponse } }),
      async (request, reply) =>
        reply.status(201).send(await create.create(actorOf(request), request.body as z.output<C>)),
    );

  if (update)
    app.patch(
      `${spec.path}/:id`,
      route(config, update.summary, {
        params: idParams,
        body: update.body,
        response: { 200: item, 404: errorResponse, 409: errorResponse },
      }),
      (request) => update.update(actorOf(request), idOf(request.params), request.body as z.output<U>),
    );
}
