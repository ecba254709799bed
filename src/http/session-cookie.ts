import type { FastifyReply } from 'fastify';

/** The session cookie: it carries a random token whose hash names the server-side session. */
export const SESSION_COOKIE = 'zhiping_session';

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
