import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { inject } from 'vitest';
import { DataSource } from 'typeorm';
import { dataSourceOptions, openDatabase } from '../src/database/data-source.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createFreshDatabase, pickDatabaseServer } from './helpers/test-database.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('system endpoints', () => {
  it('reports health with the database status, without a session', async () => {
    const response = await request(t.server).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', embedded: inject('databaseKind') === 'embedded' },
    });
  });

  it('publishes an OpenAPI document generated from the zod schemas', async () => {
    const response = await request(t.server).get('/api/docs-json');
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.openapi).toBe('3.1.0');
    const createPlan = doc.paths['/api/plans'].post;
    expect(createPlan.requestBody.content['application/json'].schema.properties.title).toMatchObject({
      type: 'string',
      minLength: 3,
    });
    expect(doc.paths['/api/public/articles'].get.security).toEqual([]);
    expect(doc.paths['/api/users'].get['x-roles']).toEqual(['admin']);
    const html = await request(t.server).get('/api/docs');
    expect(html.text).toContain('swagger-ui');
    expect((await request(t.server).get('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('answers an unknown API route with the 404 envelope', async () => {
    const client = request(t.server);
    const response = await client.get('/api/khong-co');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });
});

describe('migrations', () => {
  it('leave no difference between the entities and the schema, and can be undone and redone', async () => {
    const database = await createFreshDatabase(await pickDatabaseServer(), 'migrations');
    try {
      const migrated = await openDatabase(database.url, { migrate: true, poolSize: 1 });
      const drift = await migrated.driver.createSchemaBuilder().log();
      expect(drift.upQueries.map((q) => q.query)).toEqual([]);
      for (let i = 0; i < migrated.migrations.length; i += 1)
        await migrated.undoLastMigration({ transaction: 'each' });
      const tables = await migrated.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables[0].n).toBe(0);
      await migrated.runMigrations();
      expect(await migrated.showMigrations()).toBe(false);
      await migrated.destroy();
    } finally {
      await database.drop();
    }
  });

  it('never synchronize a real database', () => {
    expect(new DataSource(dataSourceOptions('postgres://x@localhost/y')).options.synchronize).toBe(false);
  });
});
