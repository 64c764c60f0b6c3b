import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { inject } from 'vitest';
import { DataSource } from 'typeorm';
import { dataSourceOptions, openDatabase } from '../src/database/data-source.js';
import { PROBLEM_CODES, ZProblem } from '@bcdnq/domain/common';
import { binary, signIn, startTestApp, type TestApp } from './helpers/test-app.js';
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

  it('documents downloads as what they are and every error as the one envelope', async () => {
    const doc = (await request(t.server).get('/api/docs-json')).body;
    const office = await signIn(t, 'thuongtruc');
    const plan = (await office.get('/api/plans?perPage=1')).body.data[0];
    const downloads = [
      ['/api/plans/{id}/export.docx', `/api/plans/${plan.id}/export.docx`],
      ['/api/tasks/export.xlsx', '/api/tasks/export.xlsx'],
      ['/api/consolidation/export.xlsx', `/api/consolidation/export.xlsx?from=2020-01-01&to=2030-12-31`],
    ] as const;
    for (const [route, url] of downloads) {
      const documented = Object.keys(doc.paths[route].get.responses['200'].content);
      expect(documented, route).toHaveLength(1);
      expect(documented[0], route).not.toBe('application/json');
      const answer = await office.get(url).buffer(true).parse(binary);
      expect(answer.status, route).toBe(200);
      expect(String(answer.headers['content-type']).split(';')[0], route).toBe(documented[0]);
    }
    // A document to read comes as a file or as pasted text, not as a response type.
    const preview = doc.paths['/api/imports/preview'].post;
    expect(Object.keys(preview.requestBody.content).sort()).toEqual([
      'application/json',
      'multipart/form-data',
    ]);
    expect(Object.keys(preview.responses['200'].content)).toEqual(['application/json']);
    // The envelope is the domain's schema: its codes, the correlation id, and what an answer carries.
    expect(doc.components.schemas.Problem.properties.code.enum).toEqual([...PROBLEM_CODES]);
    const refused = await office.get('/api/plans?sort=__proto__');
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ZProblem.parse(refused.body)).toMatchObject({ status: 400, code: 'VALIDATION' });
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
