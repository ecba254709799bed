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
import { accountRoutes } from '../modules/account/account.routes';
import { registrationRoutes } from '../modules/account/registration.routes';
import { applicationsRoutes } from '../modules/applications/applications.routes';
import { attachmentsRoutes } from '../modules/attachments/attachments.routes';
import { authRoutes } from '../modules/auth/auth.routes';
import { backupRoutes } from '../modules/backup/backup.routes';
import { calendarRoutes } from '../modules/calendar/calendar.routes';
import { certificatesRoutes } from '../modules/certificates/certificates.routes';
import { publicVerificationRoutes } from '../modules/certificates/public-verification.routes';
import { committeesRoutes } from '../modules/committees/committees.routes';
import { deadlinesRoutes } from '../modules/deadlines/deadlines.routes';
import { eligibilityRoutes } from '../modules/eligibility/eligibility.routes';
import { bindingDecisionsRoutes } from '../modules/employment/binding-decisions.routes';
import { employmentRoutes } from '../modules/employment/employment.routes';
import { staffImportRoutes } from '../modules/employment/staff-import.routes';
import { expertsRoutes } from '../modules/experts/experts.routes';
import { homeRoutes } from '../modules/home/home.routes';
import { identifiersRoutes } from '../modules/identifiers/identifiers.routes';
import { complaintsRoutes } from '../modules/integrity/complaints.routes';
import { integrityRoutes } from '../modules/integrity/integrity.routes';
import { notificationsRoutes } from '../modules/notifications/notifications.routes';
import { operatorRoutes } from '../modules/operations/operator.routes';
import { operatorImportRoutes } from '../modules/operations/operator-import.routes';
import { organisationsRoutes } from '../modules/organisations/organisations.routes';
import { policiesRoutes } from '../modules/policy/policies.routes';
import { profileRoutes } from '../modules/profile/profile.routes';
import { publicityRoutes } from '../modules/publicity/publicity.routes';
import { referenceRoutes } from '../modules/reference/reference.routes';
import { drawAuditRoutes } from '../modules/review/draw-audit.routes';
import { reviewRoutes } from '../modules/review/review.routes';
import { titleImportRoutes } from '../modules/title-import/title-import.routes';
import { unitRegistrationRoutes } from '../modules/units/unit-registration.routes';
import { unitRelationsRoutes } from '../modules/units/unit-relations.routes';
import { unitReviewRoutes } from '../modules/units/unit-review.routes';
import { usersRoutes } from '../modules/users/users.routes';
import type { AppConfig } from '../platform/config';
import { loggerOptions } from '../platform/logger';
import { frameworkErrorHandler, installErrorHandler, sendError } from './error-handler';
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

  await app.register(
    authRoutes({
      auth: services.auth,
      users: services.users,
      secureCookies: config.production,
      loginRateLimitPerMinute: config.loginRateLimitPerMinute,
    }),
  );
  await app.register(usersRoutes(services.users));
  await app.register(organisationsRoutes(services.organisations));
  await app.register(calendarRoutes(services.calendar));
  await app.register(referenceRoutes());
  await app.register(identifiersRoutes({ clock: services.clock }));
  await app.register(homeRoutes(services.home, services.users));
  await app.register(eligibilityRoutes(services.profile));
  await app.register(profileRoutes(services.profile));
  await app.register(attachmentsRoutes(services.attachments));
  await app.register(policiesRoutes({ clock: services.clock }));
  await app.register(
    applicationsRoutes(services.applications, services.applicationQueries, services.attachments),
  );
  await app.register(publicityRoutes(services.publicity));
  await app.register(notificationsRoutes(services.notifications));
  await app.register(committeesRoutes(services.committees, services.committeeRegistry));
  await app.register(expertsRoutes(services.experts));
  await app.register(reviewRoutes(services.review));
  await app.register(drawAuditRoutes(services.review.drawAudit));
  await app.register(titleImportRoutes(services.titleImports));
  await app.register(staffImportRoutes(services.staffImport));
  await app.register(certificatesRoutes(services.certificates.ledger, services.certificates.downloads));
  await app.register(
    publicVerificationRoutes({
      verifier: services.certificates.verifier,
      keys: services.certificates.keys,
      ratePerMinute: config.verifyRateLimitPerMinute,
    }),
  );
  await app.register(integrityRoutes(services.integrity));
  await app.register(complaintsRoutes(services.complaints));
  await app.register(registrationRoutes({ codes: services.phoneCodes, registration: services.registration }));
  await app.register(accountRoutes(services.account));
  await app.register(employmentRoutes(services.employment));
  await app.register(bindingDecisionsRoutes(services.bindingDecisions));
  await app.register(unitRegistrationRoutes(services.units.registration));
  await app.register(unitReviewRoutes(services.units.review));
  await app.register(unitRelationsRoutes(services.units.relations));
  await app.register(deadlinesRoutes(services.deadlineAdmin));
  await app.register(
    operatorRoutes({
      operations: services.operations,
      deadlineAdmin: services.deadlineAdmin,
      drawAudit: services.review.drawAudit,
    }),
  );
  await app.register(operatorImportRoutes(services.titleImports));
  await app.register(backupRoutes(services.backup));

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
