import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database/data-source.js';
import { CLUSTER_DIR, EmbeddedPostgresError, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

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
  it('starts, migrates, writes, and still has the data after a restart', async () => {
    const dir = tempDir();
    let embedded = await startEmbeddedPostgres(dir);
    let dataSource = await openDatabase(embedded.url, { migrate: true, poolSize: 3 });
    await dataSource.query(`INSERT INTO agencies (code, name, kind, search_text, version) VALUES ('thu-nghiem', 'Sở Thử nghiệm', 'department', 'so thu nghiem', 1)`);
    // unaccent and pg_trgm are there, as on the production server.
    const [{ folded }] = await dataSource.query(`SELECT unaccent('Nhân quyền Đà Nẵng') AS folded`);
    expect(folded).toBe('Nhan quyen Da Nang');
    const [{ similar }] = await dataSource.query(`SELECT similarity('nhan quyen', 'nhan quyen tinh') > 0.3 AS similar`);
    expect(similar).toBe(true);
    await dataSource.destroy();
    await embedded.stop();

    embedded = await startEmbeddedPostgres(dir);
    dataSource = await openDatabase(embedded.url, { migrate: true, poolSize: 3 });
    const rows = await dataSource.query(`SELECT name FROM agencies WHERE code = 'thu-nghiem'`);
    expect(rows).toEqual([{ name: 'Sở Thử nghiệm' }]);
    // Concurrent queries over several pooled connections all complete.
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => dataSource.query(`SELECT ${i} AS i`)));
    expect(results.map((r) => r[0].i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await dataSource.destroy();
    await embedded.stop();
  }, SLOW);

  it('refuses a data directory another live process holds', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bcdnq-embedded.lock'), String(process.ppid));
    await expect(startEmbeddedPostgres(dir)).rejects.toThrow(/đang được tiến trình \d+ sử dụng/);
  });

  it('reports a corrupt data directory as one clear error', async () => {
    const dir = tempDir();
    const first = await startEmbeddedPostgres(dir);
    await first.stop();
    const pgDir = path.join(dir, CLUSTER_DIR);
    for (const name of readdirSync(pgDir)) {
      if (name === 'global' || name === 'PG_VERSION' || name === 'pg_control') rmSync(path.join(pgDir, name), { recursive: true, force: true });
    }
    writeFileSync(path.join(pgDir, 'PG_VERSION'), 'not a version\n');
    const error = await startEmbeddedPostgres(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
    expect(String((error as Error).message)).toMatch(/không mở được cơ sở dữ liệu nhúng/);
  }, SLOW);
});
