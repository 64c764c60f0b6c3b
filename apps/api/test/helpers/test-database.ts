import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export type DatabaseServer = {
  kind: 'external' | 'local' | 'embedded';
  adminUrl: string;
  embedded: EmbeddedPostgres | null;
};

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The server tests run against: DATABASE_URL when set (unreachable → fail, never fall back), else the local
 * PostgreSQL on 127.0.0.1:5432 when it answers, else a temporary embedded PostgreSQL server — and it says so.
 */
export async function pickDatabaseServer(env: NodeJS.ProcessEnv = process.env): Promise<DatabaseServer> {
  const configured = env.DATABASE_URL?.trim();
  if (configured) {
    if (!(await answers(configured)))
      throw new Error(`DATABASE_URL is set but does not answer: ${configured}`);
    return { kind: 'external', adminUrl: configured, embedded: null };
  }
  if (await answers(LOCAL_SERVER)) return { kind: 'local', adminUrl: LOCAL_SERVER, embedded: null };
  process.stderr.write(
    '[test] No PostgreSQL on 127.0.0.1:5432 and no DATABASE_URL: using an embedded PostgreSQL server (temporary).\n',
  );
  return { kind: 'embedded', adminUrl: '', embedded: null };
}

export type TestDatabase = { url: string; drop(): Promise<void> };

/** A brand-new empty database on the server (for the embedded server: a new temporary cluster). */
export async function createFreshDatabase(server: DatabaseServer, label = 'test'): Promise<TestDatabase> {
  if (server.kind === 'embedded') {
    const embedded = await startEmbeddedPostgres(null);
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `bcdnq_${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: server.adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
