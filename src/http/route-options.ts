import type { FastifyContextConfig, FastifySchema } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** What a route's schema says besides its own fields: its section of the document and what it does. */
type Described<S extends FastifySchema> = { tags: string[]; summary: string } & S;

/**
 * The options of the routes in one section of the API document (`tags`): each route states who
 * may call it (`config`, see access.ts), what it does (the summary) and the rest of its schema,
 * without repeating the section: `app.get(path, route(publicRoute, '已录入的年度', { response }), handler)`.
 * `routesIn` binds it for a feature's routes; a file with routes in a second section binds that one itself.
 */
export function routeOptions(tags: string[]) {
  return <S extends FastifySchema = Record<never, never>>(
    config: FastifyContextConfig,
    summary: string,
    schema?: S,
  ): { config: FastifyContextConfig; schema: Described<S> } => ({
    config,
    schema: { tags, summary, ...schema } as Described<S>,
  });
}

/** Gives a route its options in one section of the document: what `routeOptions` returns. */
export type SectionRouteOptions = ReturnType<typeof routeOptions>;

/**
 * A feature's routes, all in one section of the API document (`tags`): `register` declares them
 * on `app`, each with its options from `route` (see routeOptions).
 */
export function routesIn(
  tags: string[],
  register: (app: Parameters<FastifyPluginAsyncZod>[0], route: SectionRouteOptions) => void | Promise<void>,
): FastifyPluginAsyncZod {
  const route = routeOptions(tags);
  return async (app) => {
    await register(app, route);
  };
}
