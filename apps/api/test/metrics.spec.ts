import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../src/app.factory.js';
import { loadEnv } from '../src/config/env.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const TOKEN = 'metrics-token-for-the-test-0123456789';
let app: INestApplication;
let server: Parameters<typeof request>[0];

beforeAll(async () => {
  const env = loadEnv({
    APP_MODE: 'demo',
    LOG_LEVEL: 'silent',
    DATABASE_URL: inject('databaseUrl'),
    DB_POOL_SIZE: '2',
    JOBS_ENABLED: 'false',
    METRICS_TOKEN: TOKEN,
  });
  app = await createApp(env, inject('databaseUrl'), {
    embeddedDatabase: inject('databaseKind') === 'embedded',
  });
  server = app.getHttpServer() as Parameters<typeof request>[0];
});
afterAll(async () => {
  await app.close();
});

describe('GET /api/metrics', () => {
  it('counts requests by route pattern and status, never by raw path', async () => {
    await request(server).get('/api/health/live').expect(200);
    await request(server).get('/api/public/articles/khong-co-bai-nay-1').expect(404);
    await request(server).get('/api/public/articles/khong-co-bai-nay-2').expect(404);
    const response = await request(server)
      .get('/api/metrics')
      .set('authorization', `Bearer ${TOKEN}`)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toContain(
      'http_requests_total{method="GET",route="/api/health/live",status="200"} 1',
    );
    expect(response.text).toContain(
      'http_requests_total{method="GET",route="/api/public/articles/:slug",status="404"} 2',
    );
    expect(response.text).not.toContain('khong-co-bai-nay');
    expect(response.text).toMatch(
      /http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/health\/live"/,
    );
    expect(response.text).toContain('process_resident_memory_bytes');
  });

  it('reports job runs, overdue tasks and late reports from the shared database', async () => {
    const response = await request(server)
      .get('/api/metrics')
      .set('authorization', `Bearer ${TOKEN}`)
      .expect(200);
    expect(response.text).toMatch(/^bcdnq_tasks_overdue \d+$/m);
    expect(response.text).toMatch(/^bcdnq_reports_late \d+$/m);
    expect(response.text).toContain('# TYPE bcdnq_job_last_run_timestamp_seconds gauge');
  });

  it('needs the bearer token', async () => {
    await request(server).get('/api/metrics').expect(401);
    await request(server)
      .get('/api/metrics')
      .set('authorization', 'Bearer wrong-token-of-the-same-size-0123')
      .expect(401);
  });

  it('does not exist when no token is configured', async () => {
    const plain: TestApp = await startTestApp();
    try {
      await request(plain.server).get('/api/metrics').expect(404);
    } finally {
      await plain.close();
    }
  });
});

describe('health', () => {
  it('answers liveness without the database and readiness with it', async () => {
    expect((await request(server).get('/api/health/live').expect(200)).body).toEqual({ status: 'ok' });
    expect((await request(server).get('/api/health/ready').expect(200)).body).toEqual({
      status: 'ready',
      draining: false,
      database: 'up',
    });
  });
});
