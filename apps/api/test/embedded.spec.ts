import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database/data-source.js';
import { runSeed } from '../src/seed/demo-seed.js';
import {
  CLUSTER_DIR,
  EmbeddedPostgresError,
  startEmbeddedPostgres,
} from '../src/database/embedded-postgres.js';

// Starting a server twice and migrating takes seconds on an idle machine, much longer on a loaded one.
const SLOW = 180_000;

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bcdnq-embedded-'));
  // Run as root, the server runs as the `postgres` user, who must be able to reach the data directory.
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('embedded PostgreSQL', () => {
  it(
    'starts, migrates, writes, and still has the data after a restart',
    async () => {
      const dir = tempDir();
      let embedded = await startEmbeddedPostgres(dir);
      let dataSource = await openDatabase(embedded.url, { migrate: true, poolSize: 3 });
      await dataSource.query(
        `INSERT INTO agencies (code, name, kind, search_text, version) VALUES ('thu-nghiem', 'Sở Thử nghiệm', 'department', 'so thu nghiem', 1)`,
      );
      // unaccent and pg_trgm are there, as on the production server.
      const [{ folded }] = await dataSource.query(`SELECT unaccent('Nhân quyền Đà Nẵng') AS folded`);
      expect(folded).toBe('Nhan quyen Da Nang');
      const [{ similar }] = await dataSource.query(
        `SELECT similarity('nhan quyen', 'nhan quyen tinh') > 0.3 AS similar`,
      );
      expect(similar).toBe(true);
      await dataSource.destroy();
      await embedded.stop();

      embedded = await startEmbeddedPostgres(dir);
      dataSource = await openDatabase(embedded.url, { migrate: true, poolSize: 3 });
      const rows = await dataSource.query(`SELECT name FROM agencies WHERE code = 'thu-nghiem'`);
      expect(rows).toEqual([{ name: 'Sở Thử nghiệm' }]);
      // Concurrent queries over several pooled connections all complete.
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => dataSource.query(`SELECT ${i} AS i`)),
      );
      expect(results.map((r) => r[0].i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      await dataSource.destroy();
      await embedded.stop();
    },
    SLOW,
  );

  it('refuses a data directory another live process holds', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bcdnq-embedded.lock'), String(process.ppid));
    await expect(startEmbeddedPostgres(dir)).rejects.toThrow(/đang được tiến trình \d+ sử dụng/);
  });

  it(
    'reports a corrupt data directory as one clear error',
    async () => {
      const dir = tempDir();
      const first = await startEmbeddedPostgres(dir);
      await first.stop();
      const pgDir = path.join(dir, CLUSTER_DIR);
      for (const name of readdirSync(pgDir)) {
        if (name === 'global' || name === 'PG_VERSION' || name === 'pg_control')
          rmSync(path.join(pgDir, name), { recursive: true, force: true });
      }
      writeFileSync(path.join(pgDir, 'PG_VERSION'), 'not a version\n');
      const error = await startEmbeddedPostgres(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmbeddedPostgresError);
      expect(String((error as Error).message)).toMatch(/không mở được cơ sở dữ liệu nhúng/);
    },
    SLOW,
  );

  it(
    'moves the data of an earlier version (PGlite in DATA_DIR/pg) into the new server, once',
    async () => {
      // An earlier version's data directory, made as that version made it: PGlite served over its socket, with
      // one connection (one session is all PGlite has), migrated and loaded with the demo data.
      const dir = tempDir();
      const legacy = await PGlite.create({
        dataDir: path.join(dir, 'pg'),
        // btree_gin: today's migrations, which the test runs on it, index articles with it.
        extensions: { unaccent, pg_trgm, btree_gin },
      });
      const port = await new Promise<number>((resolve) => {
        const probe = net.createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as net.AddressInfo;
          probe.close(() => resolve(port));
        });
      });
      const socket = new PGLiteSocketServer({ db: legacy, host: '127.0.0.1', port, maxConnections: 1 });
      await socket.start();
      const old = await openDatabase(`postgres://postgres@127.0.0.1:${port}/postgres`, {
        migrate: true,
        poolSize: 1,
      });
      await runSeed(old, { demo: true });
      const tables: string[] = (
        await old.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
      ).map((r: { tablename: string }) => r.tablename);
      const snapshot = async (query: (sql: string) => Promise<{ n?: number; rows?: unknown }[]>) => ({
        counts: Object.fromEntries(
          await Promise.all(
            tables.map(async (t) => [t, (await query(`SELECT count(*)::int AS n FROM "${t}"`))[0]?.n]),
          ),
        ),
        tasks: (await query(`SELECT json_agg(t ORDER BY id) AS rows FROM tasks t`))[0]?.rows,
        users: (await query(`SELECT json_agg(u ORDER BY id) AS rows FROM users u`))[0]?.rows,
      });
      const before = await snapshot((sql) => old.query(sql));
      await old.destroy();
      await socket.stop();
      await legacy.close();
      expect(before.counts.tasks).toBeGreaterThan(0);

      const lines: string[] = [];
      const embedded = await startEmbeddedPostgres(dir, { log: (line) => lines.push(line) });
      const moved = await openDatabase(embedded.url, { migrate: true, poolSize: 2 });
      expect(await snapshot((sql) => moved.query(sql))).toEqual(before);
      // Sequences came along: the next audit entry does not collide with a moved one.
      await moved.query(`INSERT INTO audit_log (action, entity) VALUES ('test', 'test')`);
      await moved.destroy();
      await embedded.stop();
      expect(lines.at(-1)).toMatch(/^đã chuyển \d+ dòng .* bản PGlite cũ giữ ở .*pg-pglite-/);
      expect(existsSync(path.join(dir, 'pg'))).toBe(false);
      expect(readdirSync(dir).filter((name) => name.startsWith('pg-pglite-'))).toHaveLength(1);

      // The next start just opens the new server.
      lines.length = 0;
      const again = await startEmbeddedPostgres(dir, { log: (line) => lines.push(line) });
      await again.stop();
      expect(lines).toEqual([]);
    },
    SLOW,
  );

  it(
    'takes over from an owner that was killed outright, stopping the server it left behind',
    async () => {
      const dir = tempDir();
      const module = pathToFileURL(
        path.resolve(import.meta.dirname, '../dist/database/embedded-postgres.js'),
      ).href;
      const owner = spawn(
        process.execPath,
        [
          '-e',
          `import(${JSON.stringify(module)}).then((m) => m.startEmbeddedPostgres(${JSON.stringify(dir)})).then(() => { console.log('up'); setInterval(() => {}, 1e6); })`,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise<void>((resolve, reject) => {
        owner.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('up') && resolve());
        owner.once('exit', (code) => reject(new Error(`the first owner exited (${code})`)));
      });
      owner.kill('SIGKILL');
      await new Promise((resolve) => owner.once('exit', resolve));
      const orphan = Number(
        readFileSync(path.join(dir, CLUSTER_DIR, 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      expect(() => process.kill(orphan, 0)).not.toThrow();

      const embedded = await startEmbeddedPostgres(dir);
      const dataSource = await openDatabase(embedded.url, { migrate: false, poolSize: 1 });
      expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      await dataSource.destroy();
      await embedded.stop();
      // Gone (or a zombie waiting for a parent that does not reap: no longer a server either way).
      const stat = path.join('/proc', String(orphan), 'stat');
      expect(existsSync(stat) ? readFileSync(stat, 'utf8').split(') ')[1]?.[0] : 'gone').toMatch(
        /^(Z|X|gone)$/,
      );
    },
    SLOW,
  );

  it(
    'starts an interrupted move from PGlite over, from the old files',
    async () => {
      const dir = tempDir();
      // A move that stopped half-way: a new cluster with something in it, the marker, the old directory still there.
      const half = await startEmbeddedPostgres(dir);
      const partial = await openDatabase(half.url, { migrate: false, poolSize: 1 });
      await partial.query('CREATE TABLE half_done (id int)');
      await partial.destroy();
      await half.stop();
      writeFileSync(path.join(dir, 'bcdnq-import-from-pglite.pending'), 'then\n');
      const legacy = await PGlite.create({ dataDir: path.join(dir, 'pg') });
      await legacy.close();

      const lines: string[] = [];
      const embedded = await startEmbeddedPostgres(dir, { log: (line) => lines.push(line) });
      const dataSource = await openDatabase(embedded.url, { migrate: false, poolSize: 1 });
      expect(await dataSource.query(`SELECT to_regclass('public.half_done') AS t`)).toEqual([{ t: null }]);
      await dataSource.destroy();
      await embedded.stop();
      expect(lines.at(-1)).toMatch(/^đã chuyển 0 dòng/);
      expect(existsSync(path.join(dir, 'bcdnq-import-from-pglite.pending'))).toBe(false);
      expect(existsSync(path.join(dir, 'pg'))).toBe(false);
    },
    SLOW,
  );
});
