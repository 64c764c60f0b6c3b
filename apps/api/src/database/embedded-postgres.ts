import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** PostgreSQL running inside this process (PGlite), reachable over the wire protocol at `url`. */
export type EmbeddedPostgres = { url: string; dataDir: string | null; stop(): Promise<void> };

export class EmbeddedPostgresError extends Error {}

const LOCK_FILE = 'bcdnq-embedded.lock';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Two processes opening one PGlite directory would corrupt it: the lock file names the owner.
function takeLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  if (existsSync(lockPath)) {
    const owner = Number(readFileSync(lockPath, 'utf8').trim());
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new EmbeddedPostgresError(
        `cơ sở dữ liệu nhúng ở ${dataDir} đang được tiến trình ${owner} sử dụng — dừng tiến trình đó trước.`,
      );
    }
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

/**
 * Opens (or creates) the embedded database in `dataDir` (in memory when null), with the `unaccent` and
 * `pg_trgm` extensions, and serves it on a loopback port so the `pg` driver and TypeORM use it like any server.
 */
export async function startEmbeddedPostgres(
  dataDir: string | null,
  options: { maxConnections?: number } = {},
): Promise<EmbeddedPostgres> {
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = takeLock(dataDir);
  }
  const pgDir = dataDir ? path.join(dataDir, 'pg') : undefined;
  let db: PGlite;
  try {
    db = await PGlite.create({ ...(pgDir ? { dataDir: pgDir } : {}), extensions: { unaccent, pg_trgm } });
    await db.exec('CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
  } catch (error) {
    release();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new EmbeddedPostgresError(
      `không mở được cơ sở dữ liệu nhúng ở ${pgDir ?? 'bộ nhớ'} (${reason}) — dữ liệu có thể bị hỏng: sao lưu rồi xoá thư mục này để tạo lại.`,
    );
  }
  const port = await freePort();
  // Every pooled connection needs a slot; the default of 1 breaks concurrent queries.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: options.maxConnections ?? 100 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    async stop() {
      await server.stop();
      await db.close();
      release();
    },
  };
}
