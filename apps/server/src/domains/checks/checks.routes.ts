// POST /api/checks: check a draft's text or a page's HTML through the gates.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GATES } from '@govmedia/textcheck';
import { requireActor } from '../../http/session.ts';
import type { ChecksService } from './checks.service.ts';

export function registerCheckRoutes(app: FastifyInstance, checks: ChecksService): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/checks',
    {
      schema: {
        tags: ['checks'],
        summary: '内容检查（政治、法律、政策、保密、文字五关及广告、观点、隐私、强制、稿源、劫持）',
        body: z.object({
          text: z.string().optional(),
          html: z.string().optional(),
          repostSource: z.string().max(500).optional(),
          gates: z.array(z.enum(GATES)).optional(),
        }),
      },
    },
    async (req) => checks.check(requireActor(req), req.body),
  );
}
