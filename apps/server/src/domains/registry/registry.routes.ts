// HTTP routes of the registry console API: validate → authorise (in the service) → call → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ACCOUNT_STATUSES, PLATFORM_KEYS, unitInputSchema } from '@govmedia/contracts';
import { requireActor } from '../../http/session.ts';
import { AppError } from '../../kernel/errors.ts';
import type { FindingsService } from './findings.service.ts';
import type { RegistryService } from './registry.service.ts';
import type { SheetService } from './sheet.service.ts';
import { formatOf } from './sheet/read-sheet.ts';

const id = z.object({ id: z.string().uuid() });
const anyBody = z.record(z.string(), z.unknown());

export function registerRegistryRoutes(
  app: FastifyInstance,
  registry: RegistryService,
  findings: FindingsService,
  sheets: SheetService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry'];

  r.get('/api/units', { schema: { tags, summary: '单位树' } }, async (req) => ({
    items: await registry.listUnits(requireActor(req)),
  }));
  r.post(
    '/api/units',
    { schema: { tags, summary: '登记单位', body: unitInputSchema } },
    async (req, reply) =>
      reply.status(201).send(await registry.createUnit(requireActor(req), req.body)),
  );
  r.patch(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: '修改单位简称或职责',
        params: id,
        body: z.object({
          shortName: z.string().nullable().optional(),
          duties: z.string().nullable().optional(),
        }),
      },
    },
    async (req) => registry.updateUnit(requireActor(req), req.params.id, req.body),
  );

  r.get(
    '/api/accounts',
    {
      schema: {
        tags,
        summary: '账号列表',
        querystring: z.object({
          unitId: z.string().uuid().optional(),
          platform: z.enum(PLATFORM_KEYS).optional(),
          status: z.enum(ACCOUNT_STATUSES).optional(),
          rule: z.string().optional(),
          q: z.string().max(100).optional(),
        }),
      },
    },
    async (req) => ({ items: await registry.listAccounts(requireActor(req), req.query) }),
  );
  r.post(
    '/api/accounts',
    { schema: { tags, summary: '新建账号（待开设备案）', body: anyBody } },
    async (req, reply) =>
      reply.status(201).send(await registry.createAccount(requireActor(req), req.body)),
  );
  r.get(
    '/api/accounts/:id',
    { schema: { tags, summary: '账号详情与备案历史', params: id } },
    async (req) => registry.getAccount(requireActor(req), req.params.id),
  );
  r.patch(
    '/api/accounts/:id',
    { schema: { tags, summary: '修改待备案账号', params: id, body: anyBody } },
    async (req) => registry.updateAccount(requireActor(req), req.params.id, req.body),
  );

  r.post(
    '/api/accounts/:id/filings',
    { schema: { tags, summary: '提交备案', params: id, body: anyBody } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await registry.submitFiling(requireActor(req), req.params.id, req.body)),
  );
  r.get('/api/filings/queue', { schema: { tags, summary: '待我审核的备案' } }, async (req) => ({
    items: await registry.approvalQueue(requireActor(req)),
  }));
  r.post(
    '/api/filings/:id/decision',
    { schema: { tags, summary: '审核备案', params: id, body: anyBody } },
    async (req) => registry.decideFiling(requireActor(req), req.params.id, req.body),
  );

  r.get(
    '/api/registry/findings',
    {
      schema: {
        tags,
        summary: '登记规则问题',
        querystring: z.object({ rule: z.string().optional() }),
      },
    },
    async (req) => ({
      items: await findings.list(requireActor(req), req.query.rule),
    }),
  );
  r.post(
    '/api/registry/findings/recompute',
    { schema: { tags, summary: '重新计算登记规则问题' } },
    async (req) => {
      requireActor(req);
      return { count: await findings.recompute() };
    },
  );
  r.get('/api/registry/settings', { schema: { tags, summary: '登记规则设置' } }, async (req) => {
    requireActor(req);
    return findings.settings();
  });
  r.put(
    '/api/registry/settings',
    { schema: { tags, summary: '修改登记规则设置', body: anyBody } },
    async (req) => findings.updateSettings(requireActor(req), req.body),
  );

  r.post(
    '/api/registry/import',
    {
      schema: {
        tags,
        summary: '导入存量账号（CSV / XLSX，全部成功或全部不写入）',
        consumes: ['multipart/form-data'],
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const file = await req.file();
      if (!file) throw new AppError('bad_request', 'file_required', '请上传 CSV 或 XLSX 文件');
      const format = formatOf(file.filename);
      return sheets.importSheet(actor, await file.toBuffer(), format);
    },
  );
  r.get(
    '/api/registry/export',
    {
      schema: {
        tags,
        summary: '导出登记数据',
        querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
      },
    },
    async (req, reply) => {
      const body = await sheets.exportSheet(requireActor(req), req.query.format);
      const type =
        req.query.format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return reply
        .type(type)
        .header('content-disposition', `attachment; filename="registry.${req.query.format}"`)
        .send(body);
    },
  );
}
