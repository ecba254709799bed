import crypto from 'node:crypto';
import fs from 'node:fs';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC, requireAccessDeclarations } from '../http/access';
import type { AppConfig } from '../platform/config';
import { loggerOptions } from '../platform/logger';
import { frameworkErrorHandler, installErrorHandler, sendError } from './error-handler';
import { FEATURE_MODULES } from './feature-modules';
import { withCommonErrors } from './openapi-common-errors';
import { withoutUnusedComponents } from './openapi-components';
import { securityHeaders } from './security-headers';
import type { Services } from './services';
import { installSessionHook } from './session-hook';
import { installTextHygiene } from './text-hygiene';
import { installChineseZodMessages } from './zod-messages';
import { zodValidatorCompiler } from './zod-validator';

installChineseZodMessages();

/** Routes outside the API that carry no access declaration: docs and the web UI's files. */
function isExemptFromAccessDeclaration(url: string): boolean {
  return !url.startsWith('/api/') && url !== '/healthz' && url !== '/openapi.json';
}

/**
 * Assembles the HTTP server: platform plugins first (errors, cookies, rate limits, access
 * control, OpenAPI), then each module's routes, then the built web UI.
 */
export async function buildApp(deps: {
  config: AppConfig;
  services: Services;
  /** Where the log goes (standard output when not given); tests read it to prove what it leaves out. */
  logStream?: { write(line: string): void };
  /** The local operator token, for a server that holds the embedded database (server/operator-token.ts). */
  operatorToken?: string | null;
}): Promise<FastifyInstance> {
  const { config, services } = deps;
  const app = Fastify({
    logger: { ...loggerOptions(config.logLevel), ...(deps.logStream ? { stream: deps.logStream } : {}) },
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  requireAccessDeclarations(app, isExemptFromAccessDeclaration);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // First of the onRequest hooks, so that a request refused by a later one (401) has them too.
  await app.register(helmet, securityHeaders(config.production));
  installTextHygiene(app);

  await app.register(cookie);
  // One file per request; the service checks the exact size limit and says so in Chinese.
  await app.register(multipart, {
    limits: { fileSize: config.attachmentMaxBytes + 1, files: 1, fields: 0, parts: 2 },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: {
        code: 'RATE_LIMITED',
        message: `请求过于频繁，请${Math.ceil(context.ttl / 1000)}秒后再试`,
        details: [],
      },
    }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: '职评 zhiping API', description: '职称评审管理信息系统接口', version: '1' },
    },
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      // Only the API belongs in the document (CONTRACTS §0).
      if (!input.url.startsWith('/api/')) return { ...result, schema: { ...result.schema, hide: true } };
      return result;
    },
    // The provider's transform puts registered schemas into components (so every $ref resolves);
    // the common error answers are added on top, and the components no operation uses dropped.
    transformObject: (document) => {
      const base = jsonSchemaTransformObject(document);
      return 'openapiObject' in document
        ? withoutUnusedComponents(withCommonErrors(base as typeof document.openapiObject))
        : base;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  installSessionHook(app, services.auth, deps.operatorToken ?? null);

  app.get(
    '/healthz',
    { config: { access: PUBLIC }, schema: { response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get('/openapi.json', { config: { access: PUBLIC } }, async () => app.swagger());

  // Each module's routes, once every service is wired (a route may use a later module's service).
  for (const module of FEATURE_MODULES)
    for (const routes of module.routes?.(services) ?? []) await app.register(routes);

  const hasWeb = fs.existsSync(config.webDistDir);
  if (hasWeb) await app.register(fastifyStatic, { root: config.webDistDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (wantsPage && hasWeb) return reply.sendFile('index.html');
    if (wantsPage) return sendError(reply, 404, 'WEB_NOT_BUILT', '前端尚未构建，请先运行 npm run build');
    return sendError(reply, 404, 'NOT_FOUND', '接口不存在');
  });
  return app;
}
