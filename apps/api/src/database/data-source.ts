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

/** Connects and applies pending migrations; returns the ready data source. */
export async function openDatabase(url: string, options: { migrate: boolean; poolSize?: number }): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, options.poolSize));
  await dataSource.initialize();
  if (options.migrate) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
