import { spawnSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// Each case starts the CLI (migrations, Argon2 hashing) as a process: generous on a busy machine.
const SLOW = 180_000;
import { startTestApp, type TestApp, unique } from './helpers/test-app.js';

const cli = path.resolve(import.meta.dirname, '../dist/cli.js');
let testApp: TestApp;

function createAdmin(args: string[], password: string) {
  const result = spawnSync(process.execPath, [cli, 'create-admin', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: inject('databaseUrl'),
      APP_MODE: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      LOG_LEVEL: 'silent',
    },
    input: password,
    encoding: 'utf8',
    timeout: 150_000,
  });
  return { code: result.status, stderr: result.stderr.trim() };
}

beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => {
  await testApp.close();
});

describe('cli create-admin (the first user of a production installation)', () => {
  it(
    'creates an administrator whose password comes on stdin, who can then sign in',
    async () => {
      const username = `qt${unique()}`;
      const created = createAdmin([username, 'Quản', 'trị', 'viên'], 'mat-khau-rat-dai\n');
      expect(created).toEqual({ code: 0, stderr: `Đã tạo quản trị viên "${username}".` });
      const login = await request(testApp.server)
        .post('/api/auth/login')
        .send({ username, password: 'mat-khau-rat-dai' });
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject({ role: 'admin', fullName: 'Quản trị viên' });
    },
    SLOW,
  );

  it(
    'refuses a short password and an existing username, with one line',
    () => {
      const short = createAdmin([`qt${unique()}`], 'ngan');
      expect(short.code).toBe(1);
      expect(short.stderr).toMatch(/^Lỗi: .*password: Mật khẩu cần ít nhất 8 ký tự$/);
      const taken = createAdmin(['admin'], 'mat-khau-rat-dai');
      expect(taken.code).toBe(1);
      expect(taken.stderr.split('\n')).toHaveLength(1);
    },
    SLOW,
  );
});
