import 'reflect-metadata';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { invalidateCounts } from './common/count-cache.js';
import { correlationIdOf } from './common/logger.js';
import { sendProblem } from './common/problem.filter.js';
import type { Runtime } from './config/config.module.js';
import type { Env } from './config/env.js';
import { ShutdownState } from './modules/health/health.controller.js';
import { buildOpenApi } from './openapi/openapi.js';

export const GLOBAL_PREFIX = 'api';

// JSON answers render nothing; the docs page loads Swagger UI's own files (which set inline styles).
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const swaggerPage = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>API — Ban Chỉ đạo Nhân quyền tỉnh</title><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;
const swaggerInit = `window.ui = SwaggerUIBundle({ url: '/api/docs-json', dom_id: '#swagger-ui', withCredentials: true });`;

/** Builds the configured Nest application (not yet listening): used by main, the CLI and the tests. */
export async function createApp(env: Env, databaseUrl: string, runtime: Runtime): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env, databaseUrl, runtime), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', env.TRUST_PROXY ? 1 : 'loopback');
  app.disable('x-powered-by');
  const shutdown = app.get(ShutdownState);
  // Headers and the correlation id come first, so that every answer has them — even a body refused as malformed.
  app.use((request: Request, response: Response, next: () => void) => {
    correlationIdOf(request, response);
    // Stopping: this answer is the connection's last, so a proxy re-dials, and finds another replica.
    if (shutdown.draining) response.setHeader('Connection', 'close');
    // A change is committed before its response: totals counted meanwhile must not outlive it.
    if (request.method !== 'GET' && request.method !== 'HEAD') response.once('finish', invalidateCounts);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'same-origin');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Content-Security-Policy', request.path.startsWith('/api/docs') ? DOCS_CSP : API_CSP);
    // Private answers are never kept by a browser or proxy; public routes and downloads set their own.
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  const json = express.json({ limit: '2mb' });
  app.use((request: Request, response: Response, next: () => void) =>
    json(request, response, (error?: unknown) => {
      if (!error) return next();
      const tooLarge = (error as { type?: string }).type === 'entity.too.large';
      sendProblem(
        response,
        tooLarge
          ? {
              status: 413,
              code: 'VALIDATION',
              message: 'Tệp hoặc dữ liệu gửi lên quá lớn',
              messageEn: 'Payload too large',
            }
          : {
              status: 400,
              code: 'VALIDATION',
              message: 'Dữ liệu gửi lên không phải JSON hợp lệ',
              messageEn: 'The body is not valid JSON',
            },
        String(request.id),
      );
    }),
  );
  app.use(cookieParser());
  app.setGlobalPrefix(GLOBAL_PREFIX);
  app.enableShutdownHooks();

  // The docs are public and live outside Nest's router; they must be mounted before Nest's not-found handler.
  let document: Record<string, unknown> | undefined;
  const swaggerDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.get('/api/docs-json', (_request, response) =>
    response.json((document ??= buildOpenApi(app, GLOBAL_PREFIX))),
  );
  http.get(['/api/docs', '/api/docs/'], (_request, response) => response.type('html').send(swaggerPage));
  http.get('/api/docs/init.js', (_request, response) => response.type('js').send(swaggerInit));
  http.use('/api/docs', express.static(swaggerDir, { index: false, maxAge: '1d' }));
  await app.init();
  return app;
}
