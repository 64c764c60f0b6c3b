import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');

const port = () => String(40000 + Math.floor(Math.random() * 20000));

/** Runs the launcher `npm start` uses, after its build step, and returns how it ended. */
function serve(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'run.mjs'), 'serve'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    // Generous: on a loaded machine the API alone can take tens of seconds to come up.
    timeout: 150_000,
  });
  return { code: result.status, lines: result.stderr.trim().split('\n').filter(Boolean) };
}

test.describe('npm start refuses with one clear line', () => {
  test.describe.configure({ timeout: 360_000 });

  test('when the port is in use', async () => {
    const blocker = net.createServer().listen(0, '0.0.0.0');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, lines } = serve({ PORT: String(port) });
      expect(code).toBe(1);
      expect(lines).toEqual([
        `Lỗi: cổng ${port} đang được dùng bởi chương trình khác (đặt PORT=… để chọn cổng khác).`,
      ]);
    } finally {
      blocker.close();
    }
  });

  test('when the embedded data directory is corrupt', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bcdnq-corrupt-'));
    // Run as root, the embedded server runs as the `postgres` user, who must be able to reach the directory.
    chmodSync(dir, 0o755);
    try {
      // A cluster whose files are damaged (its password file intact).
      mkdirSync(path.join(dir, 'postgres'), { mode: 0o700 });
      writeFileSync(path.join(dir, 'postgres', 'PG_VERSION'), 'hỏng\n');
      writeFileSync(path.join(dir, 'bcdnq-embedded.secret'), 'x\n');
      const { code, lines } = serve({ PORT: port(), DATA_DIR: dir });
      expect(code).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^Lỗi: không mở được cơ sở dữ liệu nhúng ở .*postgres .*dữ liệu có thể bị hỏng/,
      );

      // An earlier version's PGlite directory, damaged: said the same way, naming that directory.
      rmSync(path.join(dir, 'postgres'), { recursive: true });
      rmSync(path.join(dir, 'bcdnq-embedded.secret'));
      mkdirSync(path.join(dir, 'pg'));
      writeFileSync(path.join(dir, 'pg', 'PG_VERSION'), 'hỏng\n');
      const legacy = serve({ PORT: port(), DATA_DIR: dir });
      expect(legacy.code).toBe(1);
      expect(legacy.lines).toHaveLength(1);
      expect(legacy.lines[0]).toMatch(
        /^Lỗi: không mở được cơ sở dữ liệu nhúng ở .*pg .*dữ liệu có thể bị hỏng/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('when DATABASE_URL is malformed or does not answer', () => {
    const malformed = serve({ PORT: port(), DATABASE_URL: 'mysql://x' });
    expect(malformed.code).toBe(1);
    expect(malformed.lines).toEqual([
      expect.stringMatching(/^Lỗi: Cấu hình môi trường không hợp lệ — DATABASE_URL: /),
    ]);
    const silent = serve({ PORT: port(), DATABASE_URL: 'postgres://postgres@127.0.0.1:1/khong-co' });
    expect(silent.code).toBe(1);
    expect(silent.lines).toEqual([expect.stringMatching(/^Lỗi: không kết nối được cơ sở dữ liệu/)]);
  });
});
