// Builds the HTTP application: ordered cross-cutting plugins, then each domain's routes, then the console.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from './config/config.ts';
import { registerAuditRoutes } from './domains/audit/index.ts';
import { registerAuthRoutes } from './domains/auth/index.ts';
import { registerCheckRoutes } from './domains/checks/index.ts';
import { registerPublicRoutes, registerRegistryRoutes } from './domains/registry/index.ts';
import { sendProblem } from './http/problem.ts';
import { registerSessions } from './http/session.ts';
import { AppError } from './kernel/errors.ts';
import type { Services } from './services.ts';

export async function buildApp(services: Services, config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    trustProxy: true,
    bodyLimit: config.uploadLimitBytes,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error));

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'govmedia API',
        description: '政务新媒体管理与监管平台接口',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1 } });
  registerSessions(app, services.auth);

  registerAuthRoutes(app, services.auth, {
    secure: config.secureCookies,
    sessionHours: config.sessionHours,
  });
  registerAuditRoutes(app, services.audit);
  registerRegistryRoutes(app, services.registry, services.findings, services.sheets);
  registerPublicRoutes(app, services.verify, config.publicRateLimit);
  registerCheckRoutes(app, services.checks);
  app.get('/api/health', { schema: { hide: true } }, async () => ({
    status: 'ok',
    database: services.database.kind,
  }));

  await serveConsole(app, config.webDir);
  return app;
}

/** The built console; every non-API path falls back to its index.html so client routes work. */
async function serveConsole(app: FastifyInstance, webDir: string): Promise<void> {
  const index = path.join(webDir, 'index.html');
  const built = fs.existsSync(index);
  if (built) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return sendProblem(
        request,
        reply,
        new AppError(
          'not_found',
          'route_not_found',
          `没有这个接口：${request.method} ${request.url}`,
        ),
      );
    }
    if (!built)
      return reply
        .type('text/plain; charset=utf-8')
        .send('控制台尚未构建：请运行 npm run build -w apps/web');
    return reply.type('text/html; charset=utf-8').send(fs.createReadStream(index));
  });
}
