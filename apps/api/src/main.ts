import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { describeStartupError } from './common/startup-error.js';
import { loadEnv } from './config/env.js';
import { openDatabase, withMigrationLock } from './database/data-source.js';
import { resolveDatabase } from './database/resolve-database.js';
import { createFileStorage } from './modules/storage/storage.module.js';
import { seedIfEmpty } from './seed/demo-seed.js';

async function main(): Promise<void> {
  const env = loadEnv();
  const { url, embedded } = await resolveDatabase(env);
  // Migrate (and seed demo data on first run) before serving, with a short-lived connection.
  const dataSource = await openDatabase(url, { migrate: !env.SKIP_MIGRATIONS, poolSize: 2 });
  // Replicas starting together on a server: one seeds, the others then find users and skip. (The embedded
  // database has one instance and one connection at a time: no lock there.)
  if (env.APP_MODE === 'demo') {
    const seed = () => seedIfEmpty(dataSource, createFileStorage(env));
    await (embedded ? seed() : withMigrationLock(dataSource, seed));
  }
  await dataSource.destroy();

  const app = await createApp(env, url, { embeddedDatabase: embedded !== null });
  await app.listen(env.API_PORT, env.API_HOST);
  // Nest's shutdown hook re-raises the signal once the app is closed: our listener stays registered so that
  // second signal waits here instead of killing the process before the embedded server has stopped.
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await app.close();
      await embedded?.stop();
      process.exit(0);
    })());
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`Lỗi: ${describeStartupError(error)}\n`);
  process.exit(1);
});
