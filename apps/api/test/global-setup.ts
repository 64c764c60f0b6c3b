import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/database/data-source.js';
import { runSeed } from '../src/seed/demo-seed.js';
import { createFreshDatabase, pickDatabaseServer } from './helpers/test-database.js';

declare module 'vitest' {
  // Module augmentation only works with an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: string;
  }
}

/** One fresh, migrated and seeded database for the whole run, dropped afterwards. */
export default async function setup(project: TestProject) {
  const server = await pickDatabaseServer();
  const database = await createFreshDatabase(server, 'run');
  const dataSource = await openDatabase(database.url, { migrate: true, poolSize: 2 });
  await runSeed(dataSource, { demo: true });
  await dataSource.destroy();
  project.provide('databaseUrl', database.url);
  project.provide('databaseKind', server.kind);
  return async () => {
    await database.drop();
  };
}
