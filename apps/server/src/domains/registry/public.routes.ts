// Public, unauthenticated, rate-limited routes: account verification and announcements (REG-3, REG-5).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { VerifyService } from './verify.service.ts';

export function registerPublicRoutes(
  app: FastifyInstance,
  verify: VerifyService,
  perMinute: number,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { rateLimit: { max: perMinute, timeWindow: '1 minute' } };

  r.get(
    '/api/public/verify',
    {
      config,
      schema: {
        tags: ['public'],
        summary: '核验政务新媒体账号',
        querystring: z.object({ q: z.string() }),
      },
    },
    async (req) => verify.verify(req.query.q),
  );
  r.get(
    '/api/public/announcements',
    { config, schema: { tags: ['public'], summary: '政务新媒体变更与注销公告' } },
    async () => ({
      items: await verify.announcements(),
    }),
  );
}
