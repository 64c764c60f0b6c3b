import { DataSource, type DataSourceOptions } from 'typeorm';
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
 * Runs `work` while holding the database-wide migration lock (a session advisory lock): several API replicas
 * starting together migrate once, one after the other — the later ones find nothing pending.
 */
export async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('bcdnq:migrations'))`);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext('bcdnq:migrations'))`);
    }
  } finally {
    await runner.release();
  }
}

/** Connects and applies pending migrations (under the migration lock); returns the ready data source. */
export async function openDatabase(url: string, options: { migrate: boolean; poolSize?: number }): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, options.poolSize));
  await dataSource.initialize();
  if (options.migrate) await withMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
  return dataSource;
}
