import type { Env } from '../config/env.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js';

/** The database to use: DATABASE_URL when set, else the embedded PostgreSQL server in DATA_DIR. */
export async function resolveDatabase(env: Env): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres(env.dataDir);
  return { url: embedded.url, embedded };
}
