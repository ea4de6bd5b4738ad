// HTTP routes of the audit log: read it page by page, and verify the chain.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/session.ts';
import { scopeOf } from '../../kernel/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { AppError } from '../../kernel/errors.ts';
import type { AuditService } from './audit.service.ts';

const assertAuditor = (actor: Actor) => {
  if (!scopeOf(actor, 'audit.read').includes(null)) {
    throw new AppError('forbidden', 'missing_permission', '只有审计员或系统管理员可以查看审计日志');
  }
};

export function registerAuditRoutes(app: FastifyInstance, audit: AuditService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志',
        querystring: z.object({
          entity: z.string().optional(),
          entityId: z.string().optional(),
          actorName: z.string().optional(),
          beforeSeq: z.coerce.number().int().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (req) => {
      assertAuditor(requireActor(req));
      return { items: await audit.list(req.query) };
    },
  );
  r.get(
    '/api/audit/verify',
    { schema: { tags: ['audit'], summary: '校验审计日志哈希链' } },
    async (req) => {
      assertAuditor(requireActor(req));
      return audit.verify();
    },
  );
}
