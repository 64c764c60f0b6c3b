import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database/data-source.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { createFreshDatabase, pickDatabaseServer, type TestDatabase } from './helpers/test-database.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createFreshDatabase(await pickDatabaseServer(), 'migrate');
});
afterAll(async () => {
  await database.drop();
});

describe('migrations at start', () => {
  it('run once when several replicas start together on an empty database', async () => {
    const opened = await Promise.all(
      [1, 2, 3].map(() => openDatabase(database.url, { migrate: true, poolSize: 2 })),
    );
    try {
      const [row] = (await opened[0]!.query(
        `SELECT count(*)::int AS runs, count(DISTINCT name)::int AS distinct_runs FROM migrations`,
      )) as {
        runs: number;
        distinct_runs: number;
      }[];
      expect(row).toEqual({ runs: MIGRATIONS.length, distinct_runs: MIGRATIONS.length });
    } finally {
      await Promise.all(opened.map((dataSource) => dataSource.destroy()));
    }
  });
});
