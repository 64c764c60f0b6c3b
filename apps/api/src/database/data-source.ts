import { DataSource, type DataSourceOptions, MigrationExecutor, type QueryRunner } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** The TypeORM options for a database URL; migrations are the only way the schema changes. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    uuidExtension: 'pgcrypto',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5000, application_name: 'bcdnq-api' },
  };
}

/**
 * Runs `work` on one connection while it holds the database-wide migration lock (a session advisory lock):
 * several API replicas starting together migrate once, one after the other — the later ones find nothing
 * pending. `work` gets that connection: the embedded database serves one connection at a time, so it must not
 * open a second one while this one waits.
 */
export async function withMigrationLock<T>(
  dataSource: DataSource,
  work: (runner: QueryRunner) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('bcdnq:migrations'))`);
    try {
      return await work(runner);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext('bcdnq:migrations'))`);
    }
  } finally {
    await runner.release();
  }
}

/** Applies pending migrations, each in its own transaction, on the connection holding the migration lock. */
async function migrate(dataSource: DataSource): Promise<void> {
  await withMigrationLock(dataSource, async (runner) => {
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  });
}

/** Connects and applies pending migrations (under the migration lock); returns the ready data source. */
export async function openDatabase(
  url: string,
  options: { migrate: boolean; poolSize?: number },
): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, options.poolSize));
  await dataSource.initialize();
  if (options.migrate) await migrate(dataSource);
  return dataSource;
}
