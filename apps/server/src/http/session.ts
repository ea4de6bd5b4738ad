// Resolves the session cookie to an actor, enforces CSRF tokens on writes, and guards private routes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../kernel/actor.ts';
import { AppError } from '../kernel/errors.ts';
import type { AuthService, PublicUser } from '../domains/auth/index.ts';

export const SESSION_COOKIE = 'gm_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    session: {
      actor: Actor;
      csrfToken: string;
      mfaPending: boolean;
      user: PublicUser;
      token: string;
    } | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerSessions(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await auth.resolve(token);
    request.session = resolved ? { ...resolved, token } : null;
  });
}

/** The actor of a fully signed-in session; throws 401 otherwise and 403 on a missing CSRF token. */
export function requireActor(request: FastifyRequest): Actor {
  const session = request.session;
  if (!session || session.mfaPending)
    throw new AppError('unauthenticated', 'not_signed_in', '请先登录');
  assertCsrf(request, session.csrfToken);
  return session.actor;
}

export function assertCsrf(request: FastifyRequest, expected: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers[CSRF_HEADER] !== expected) {
    throw new AppError('forbidden', 'csrf_token_invalid', 'CSRF 校验失败，请刷新页面后重试');
  }
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  secure: boolean,
  hours: number,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: hours * 3600,
  });
}
