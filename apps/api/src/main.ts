import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { describeStartupError } from './common/startup-error.js';
import { loadEnv } from './config/env.js';
import { openDatabase } from './database/data-source.js';
import { resolveDatabase } from './database/resolve-database.js';
import { seedIfEmpty } from './seed/demo-seed.js';

async function main(): Promise<void> {
  const env = loadEnv();
  const { url, embedded } = await resolveDatabase(env);
  // Migrate (and seed demo data on first run) before serving, with a short-lived connection.
  const dataSource = await openDatabase(url, { migrate: !env.SKIP_MIGRATIONS, poolSize: 2 });
  if (env.APP_MODE === 'demo') await seedIfEmpty(dataSource, env.uploadDir);
  await dataSource.destroy();

  const app = await createApp(env, url, { embeddedDatabase: embedded !== null });
  await app.listen(env.API_PORT, env.API_HOST);
  const stop = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Lỗi: ${describeStartupError(error)}\n`);
  process.exit(1);
});
