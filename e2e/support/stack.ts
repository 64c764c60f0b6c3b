import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..', '..');
const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export type Stack = { baseUrl: string; pid: number; stop(): Promise<void> };

/**
 * Serves the whole product exactly as `npm start` does (scripts/serve.mjs) on a free port, on a fresh database:
 * a new database on DATABASE_URL's or the local server, else the embedded PostgreSQL in a temporary directory.
 */
export async function startStack(): Promise<Stack> {
  const adminUrl = process.env.DATABASE_URL?.trim() || ((await answers(LOCAL_SERVER)) ? LOCAL_SERVER : null);
  if (process.env.DATABASE_URL && !(await answers(process.env.DATABASE_URL))) {
    throw new Error(`DATABASE_URL is set but does not answer: ${process.env.DATABASE_URL}`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, APP_MODE: 'demo', LOG_LEVEL: 'warn' };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bcdnq-e2e-'));
  let dropDatabase = async () => {};
  if (adminUrl) {
    const name = `bcdnq_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    delete env.DATABASE_URL;
    env.DATA_DIR = dataDir;
    // Run as root, the embedded server runs as the `postgres` user, who must be able to reach its directory.
    chmodSync(dataDir, 0o755);
    process.stderr.write('[e2e] No PostgreSQL server: the stack runs on the embedded PostgreSQL.\n');
  }
  const port = await freePort();
  env.PORT = String(port);
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // Generous: the machine running the suite may be busy with other builds.
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the stack exited with code ${child.exitCode}`);
    if (Date.now() > deadline) {
      // Nothing else would stop it: the global teardown is only registered once the stack is up.
      child.kill('SIGTERM');
      await dropDatabase().catch(() => undefined);
      throw new Error('the stack did not become healthy within 300 s');
    }
    try {
      const signal = AbortSignal.timeout(3000);
      const [api, portal] = await Promise.all([
        fetch(`${baseUrl}/api/health`, { signal }),
        fetch(`${baseUrl}/`, { signal }),
      ]);
      if (api.ok && portal.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
