// HTTP routes of sign-in and user management: validate → authorise → call the service → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../kernel/roles.ts';
import { assertCsrf, requireActor, setSessionCookie, SESSION_COOKIE } from '../../http/session.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuthService } from './auth.service.ts';

const grantSchema = z.object({ role: z.enum(ROLES), unitId: z.string().uuid().nullable() });

export function registerAuthRoutes(
  app: FastifyInstance,
  auth: AuthService,
  cookie: { secure: boolean; sessionHours: number },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: '登录（密码 + 动态验证码）',
        body: z.object({
          username: z.string().min(1),
          password: z.string().min(1),
          totpCode: z.string().optional(),
        }),
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const result = await auth.login(request.body);
      setSessionCookie(reply, result.token, cookie.secure, cookie.sessionHours);
      if (result.status === 'totp_enrolment') {
        return {
          status: result.status,
          csrfToken: result.csrfToken,
          secret: result.secret,
          otpauthUrl: result.otpauthUrl,
        };
      }
      return { status: result.status, csrfToken: result.csrfToken, user: result.user };
    },
  );

  r.post(
    '/api/auth/totp/enrol',
    { schema: { tags: ['auth'], summary: '绑定动态验证码', body: z.object({ code: z.string() }) } },
    async (request) => {
      const session = request.session;
      if (!session) throw new AppError('unauthenticated', 'not_signed_in', '请先登录');
      assertCsrf(request, session.csrfToken);
      return {
        status: 'ok',
        csrfToken: session.csrfToken,
        user: await auth.enrolTotp(session.token, request.body.code),
      };
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: '退出登录' } },
    async (request, reply) => {
      if (request.session) {
        assertCsrf(request, request.session.csrfToken);
        await auth.logout(request.session.token);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { status: 'ok' };
    },
  );

  r.get('/api/auth/me', { schema: { tags: ['auth'], summary: '当前用户' } }, async (request) => {
    requireActor(request);
    const session = request.session!;
    return { user: session.user, csrfToken: session.csrfToken };
  });

  r.get('/api/users', { schema: { tags: ['auth'], summary: '用户列表' } }, async (request) => ({
    items: await auth.listUsers(requireActor(request)),
  }));

  r.post(
    '/api/users',
    {
      schema: {
        tags: ['auth'],
        summary: '新建用户',
        body: z.object({
          username: z.string().regex(/^[a-zA-Z0-9_.-]{3,32}$/),
          displayName: z.string().min(1).max(64),
          password: z.string(),
          grants: z.array(grantSchema).min(1),
        }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await auth.createUser(requireActor(request), request.body)),
  );

  r.put(
    '/api/users/:id/grants',
    {
      schema: {
        tags: ['auth'],
        summary: '设置用户角色',
        params: z.object({ id: z.string().uuid() }),
        body: z.object({ grants: z.array(grantSchema) }),
      },
    },
    async (request) =>
      auth.setGrants(requireActor(request), request.params.id, request.body.grants),
  );

  r.post(
    '/api/users/:id/disable',
    {
      schema: {
        tags: ['auth'],
        summary: '停用用户（立即结束其全部会话）',
        params: z.object({ id: z.string().uuid() }),
      },
    },
    async (request) => auth.setDisabled(requireActor(request), request.params.id, true),
  );

  r.post(
    '/api/users/:id/enable',
    {
      schema: {
        tags: ['auth'],
        summary: '启用用户',
        params: z.object({ id: z.string().uuid() }),
      },
    },
    async (request) => auth.setDisabled(requireActor(request), request.params.id, false),
  );
}
