import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseCertificateNumber } from '../../domain/certificates';
import { AppError } from '../../domain/errors';
import { publicLimited, publicRoute } from '../../http/access';
import { routesIn } from '../../http/route-options';
import type { CertificateVerifier } from './certificate-verification';
import type { SigningKeys } from './signing-keys';
import { verifyMessagePage, verifyResultPage } from './verify-page';

/** CONTRACTS §4, exactly: no identifier of the holder, the name masked. */
const publicCertificate = z
  .object({
    number: z.string(),
    status: z.enum(['valid', 'revoked']),
    holder: z.string(),
    title: z.string(),
    series: z.string(),
    level: z.string(),
    specialty: z.string(),
    committee: z.string(),
    announcement: z.string(),
    issuedOn: z.string(),
    revokedOn: z.string().optional(),
  })
  .meta({ id: 'PublicCertificate' });

const publicKey = z
  .object({
    keyId: z.string(),
    algorithm: z.literal('SM2'),
    hash: z.literal('SM3'),
    userId: z.string(),
    publicKey: z.string(),
    validFrom: z.string(),
    validUntil: z.string(),
    status: z.enum(['active', 'retired']),
  })
  .meta({ id: 'PublicSigningKey' });

/** Public, no login: the verification API and page, and the signing keys for offline checks. */
export function publicVerificationRoutes(deps: {
  verifier: CertificateVerifier;
  keys: SigningKeys;
  ratePerMinute: number;
}): FastifyPluginAsyncZod {
  const limited = publicLimited(deps.ratePerMinute);
  // The pages answer a phone's browser: too many lookups get the page saying so, not the API's JSON.
  const pageErrors = (error: { statusCode?: number }, _request: unknown, reply: FastifyReply) => {
    if (error.statusCode !== 429) throw error;
    return html(reply, 429, verifyMessagePage('busy', '查验过于频繁，请一分钟后再试。'));
  };
  return routesIn(['证书查验（公开）'], (app, route) => {
    app.get(
      '/api/v1/public/certificates/:number',
      route(limited, '按证书编号查验职称证书（持证人姓名脱敏）', {
        params: z.object({ number: z.string().max(40) }),
        response: { 200: publicCertificate },
      }),
      // The body is the cached JSON of exactly the schema above (see publicCertificateView).
      async (request, reply) => {
        const json = await deps.verifier.verifyJson(request.params.number);
        return (reply as FastifyReply).type('application/json; charset=utf-8').send(json);
      },
    );

    app.get(
      '/api/v1/public/keys',
      route(publicRoute, '证书签名公钥及有效期（SM2/SM3，用于离线核验）', {
        response: { 200: z.object({ keys: z.array(publicKey) }) },
      }),
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return { keys: await deps.keys.listPublicKeys() };
      },
    );

    app.get(
      '/verify',
      {
        config: limited,
        errorHandler: pageErrors,
        schema: { hide: true, querystring: z.object({ number: z.string().max(40).optional() }) },
      },
      async (request, reply) => {
        const input = request.query.number?.trim();
        if (!input) return html(reply, 200, verifyMessagePage('form', '请输入证书编号进行查验。'));
        const parsed = parseCertificateNumber(input);
        if (!parsed.valid) return html(reply, 400, verifyMessagePage('invalid', parsed.reason, input));
        return reply.redirect(`/verify/${parsed.number}`, 303);
      },
    );

    app.get(
      '/verify/:number',
      {
        config: limited,
        errorHandler: pageErrors,
        schema: { hide: true, params: z.object({ number: z.string().max(40) }) },
      },
      async (request, reply) => {
        try {
          return html(reply, 200, verifyResultPage(await deps.verifier.verify(request.params.number)));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          if (error.kind === 'invalid')
            return html(reply, 400, verifyMessagePage('invalid', error.message, request.params.number));
          return html(
            reply,
            404,
            verifyMessagePage('unknown', '未查询到该编号的职称证书，请核对编号。', request.params.number),
          );
        }
      },
    );
  });
}

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    )
    .header('x-content-type-options', 'nosniff')
    .send(body);
}
