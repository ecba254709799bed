import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The Content-Security-Policy of every response: the web UI, the API, `/docs` (swagger-ui)
 * and the error pages. Scripts come only from our own files — the built SPA and swagger-ui
 * load theirs with `<script src>`, and nothing on either runs inline — so an injected
 * `<script>` or `onclick=` never runs. The public verification page sends a stricter policy
 * of its own (no script at all).
 */
export function contentSecurityPolicy(production: boolean) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // antd styles its components with CSS-in-JS, written into <style> elements at run time, and
      // the SPA's index.html carries a three-rule stylesheet: styles must be allowed inline. A
      // style cannot run code; script-src above stays without 'unsafe-inline'.
      styleSrc: ["'self'", "'unsafe-inline'"],
      // swagger-ui's stylesheet draws its icons as data: SVG images.
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      // Only behind HTTPS (production, as HSTS): on a plain-HTTP intranet address it would
      // send the page's own requests to an https:// that does not answer.
      ...(production ? { upgradeInsecureRequests: [] } : {}),
    },
  };
}

/**
 * @fastify/helmet's settings: the policy above, no framing at all (frame-ancestors and, for
 * older browsers, X-Frame-Options DENY), nosniff (helmet's default), no Referer (verification
 * URLs carry certificate numbers), and HSTS only in production, which is served over HTTPS: a
 * development machine served through an HTTPS proxy would otherwise have its host name pinned
 * to HTTPS for a year.
 */
export function securityHeaders(production: boolean): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: contentSecurityPolicy(production),
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
  };
}
