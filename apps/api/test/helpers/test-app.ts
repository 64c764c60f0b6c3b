import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { inject } from 'vitest';
import { createApp } from '../../src/app.factory.js';
import { loadEnv } from '../../src/config/env.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-content.js';

export type TestApp = {
  app: INestApplication;
  server: Parameters<typeof request>[0];
  close(): Promise<void>;
};

/** The real Nest application on this run's database, without listening on a port. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const env = loadEnv({
    APP_MODE: 'demo',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: inject('databaseUrl'),
    DB_POOL_SIZE: '4',
    JOBS_ENABLED: 'false',
    CHECK_RESPONSES: 'true',
    ...overrides,
  });
  const app = await createApp(env, inject('databaseUrl'), {
    embeddedDatabase: inject('databaseKind') === 'embedded',
  });
  return { app, server: app.getHttpServer() as Parameters<typeof request>[0], close: () => app.close() };
}

/** A signed-in client: the session cookie is kept by the agent, the CSRF token sent on every mutation. */
export type Client = {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  user: { id: string; role: string; agencyId: string | null };
  get(url: string): request.Test;
  post(url: string, body?: object): request.Test;
  put(url: string, body?: object): request.Test;
  delete(url: string): request.Test;
};

export async function signIn(testApp: TestApp, username: string, password = DEMO_PASSWORD): Promise<Client> {
  const agent = request.agent(testApp.server);
  const response = await agent.post('/api/auth/login').send({ username, password });
  if (response.status !== 200)
    throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const csrf = response.body.csrfToken as string;
  return {
    agent,
    csrf,
    user: response.body,
    get: (url) => agent.get(url),
    post: (url, body) =>
      agent
        .post(url)
        .set('X-CSRF-Token', csrf)
        .send(body ?? {}),
    put: (url, body) =>
      agent
        .put(url)
        .set('X-CSRF-Token', csrf)
        .send(body ?? {}),
    delete: (url) => agent.delete(url).set('X-CSRF-Token', csrf),
  };
}

/** A unique suffix so tests sharing the run's database never collide. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A supertest parser that keeps the body as raw bytes (downloads). */
export function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
