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
import type { Runtime } from './config/config.module.js';
import type { Env } from './config/env.js';
import { buildOpenApi } from './openapi/openapi.js';

export const GLOBAL_PREFIX = 'api';

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
  app.use(express.json({ limit: '2mb' }));
  app.use(cookieParser());
  app.use((request: Request, response: Response, next: () => void) => {
    // A change is committed before its response: totals counted meanwhile must not outlive it.
    if (request.method !== 'GET' && request.method !== 'HEAD') response.once('finish', invalidateCounts);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'same-origin');
    response.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.setGlobalPrefix(GLOBAL_PREFIX);
  app.enableShutdownHooks();

  // The docs are public and live outside Nest's router; they must be mounted before Nest's not-found handler.
  let document: Record<string, unknown> | undefined;
  const swaggerDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.get('/api/docs-json', (_request, response) => response.json((document ??= buildOpenApi(app, GLOBAL_PREFIX))));
  http.get(['/api/docs', '/api/docs/'], (_request, response) => response.type('html').send(swaggerPage));
  http.get('/api/docs/init.js', (_request, response) => response.type('js').send(swaggerInit));
  http.use('/api/docs', express.static(swaggerDir, { index: false, maxAge: '1d' }));
  await app.init();
  return app;
}
