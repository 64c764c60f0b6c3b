import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const main = path.resolve(import.meta.dirname, '../dist/main.js');

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', API_PORT: '0', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    // Generous: loading the API alone took over 20 s on a shared, loaded machine.
    timeout: 120_000,
  });
  return { code: result.status, stderr: result.stderr.trim() };
}

describe('server start-up failures', { timeout: 300_000 }, () => {
  it('needs the build', () => {
    expect(existsSync(main)).toBe(true);
  });

  it('stops with one clear line on a malformed DATABASE_URL', () => {
    const { code, stderr } = start({ DATABASE_URL: 'not a url' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Lỗi: Cấu hình môi trường không hợp lệ — DATABASE_URL/);
  });

  it('stops with one clear line when the database does not answer', () => {
    const { code, stderr } = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Lỗi: không kết nối được cơ sở dữ liệu/);
  });
});
