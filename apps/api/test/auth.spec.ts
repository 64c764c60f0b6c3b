import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('authentication', () => {
  it('refuses a private route without a session with the 401 envelope', async () => {
    const response = await request(t.server).get('/api/plans');
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'Bạn cần đăng nhập',
    });
    expect(response.body.correlationId).toBe(response.headers['x-correlation-id']);
  });

  it('sets an httpOnly, SameSite=Strict session cookie and never returns a token in the body', async () => {
    const response = await request(t.server)
      .post('/api/auth/login')
      .send({ username: 'lanhdao', password: 'demo12345' });
    expect(response.status).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(response.body).toMatchObject({ username: 'lanhdao', role: 'committee_leader' });
    expect(JSON.stringify(response.body)).not.toContain(cookie.split(';')[0]!.slice(4));
  });

  it('answers a wrong password with 401 and a Vietnamese message', async () => {
    const response = await request(t.server)
      .post('/api/auth/login')
      .send({ username: 'bientap', password: 'sai-mat-khau' });
    expect(response.status).toBe(401);
    expect(response.body.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('validates the login body with field errors', async () => {
    const response = await request(t.server).post('/api/auth/login').send({ username: '' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toMatchObject({
      username: 'Nhập tên đăng nhập',
      password: expect.any(String),
    });
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const client = await signIn(t, 'thuongtruc');
    const without = await client.agent.post('/api/plans').send({ title: 'Kế hoạch thử CSRF', year: 2030 });
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('FORBIDDEN');
    const wrong = await client.agent
      .post('/api/plans')
      .set('X-CSRF-Token', 'x'.repeat(32))
      .send({ title: 'Kế hoạch thử CSRF', year: 2030 });
    expect(wrong.status).toBe(403);
    const right = await client.post('/api/plans', { title: 'Kế hoạch thử CSRF', year: 2030 });
    expect(right.status).toBe(201);
  });

  it('ends the session on logout', async () => {
    const client = await signIn(t, 'duyettin');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('makes the same client wait after five wrong passwords, even with the right one, but not the owner elsewhere', async () => {
    const admin = await signIn(t, 'admin');
    const username = `khoa${unique()}`;
    const created = await admin.post('/api/users', {
      username,
      fullName: 'Người thử khóa',
      role: 'editor',
      password: 'dung-mat-khau',
    });
    expect(created.status).toBe(201);
    const from = (ip: string, password: string) =>
      request(t.server).post('/api/auth/login').set('X-Forwarded-For', ip).send({ username, password });
    for (let i = 0; i < 5; i += 1) expect((await from('198.51.100.7', `sai${i}`)).status).toBe(401);
    const held = await from('198.51.100.7', 'dung-mat-khau');
    expect(held.status).toBe(429);
    expect(held.body.code).toBe('RATE_LIMITED');
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
    expect(held.body.message).toMatch(/chờ \d+ giây/);
    expect((await from('203.0.113.9', 'dung-mat-khau')).status, 'the owner from another machine').toBe(200);
  });

  it('verifies no more than the free attempts when sixty arrive at once, and lets the owner in after the wait', async () => {
    const admin = await signIn(t, 'admin');
    const username = `song${unique()}`;
    expect(
      (
        await admin.post('/api/users', {
          username,
          fullName: 'Người thử song song',
          role: 'editor',
          password: 'dung-mat-khau',
        })
      ).status,
    ).toBe(201);
    const ip = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    const from = (password: string) =>
      request(t.server).post('/api/auth/login').set('X-Forwarded-For', ip).send({ username, password });
    const burst = await Promise.all([
      ...Array.from({ length: 59 }, (_, i) => from(`sai-${i}`)),
      from('dung-mat-khau'),
    ]);
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 500)).toEqual([]);
    // Five free attempts (six if the first wait of 5 s ran out while the burst was still arriving on a slow machine).
    expect(statuses.filter((s) => s === 401 || s === 200).length).toBeLessThanOrEqual(6);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(54);
    const { DataSource } = await import('typeorm');
    const dataSource = t.app.get(DataSource);
    const [{ n }] = await dataSource.query(
      'SELECT count(*)::int AS n FROM login_attempts WHERE username = $1',
      [username],
    );
    expect(n).toBeLessThanOrEqual(6);
    if (!statuses.includes(200)) {
      await dataSource.query(
        `UPDATE login_attempts SET at = at - interval '10 minutes' WHERE username = $1`,
        [username],
      );
      expect((await from('dung-mat-khau')).status, 'after the wait').toBe(200);
    }
  });

  it('lets the admin revoke all sessions of a user', async () => {
    const admin = await signIn(t, 'admin');
    const username = `thu${unique()}`;
    const created = await admin.post('/api/users', {
      username,
      fullName: 'Người thử phiên',
      role: 'reviewer',
      password: 'mat-khau-123',
    });
    const user = await signIn(t, username, 'mat-khau-123');
    expect((await user.get('/api/auth/me')).status).toBe(200);
    const revoked = await admin.post(`/api/users/${created.body.id}/revoke-sessions`);
    expect(revoked.body).toEqual({ revoked: 1 });
    expect((await user.get('/api/auth/me')).status).toBe(401);
  });

  it('keeps users to the admin', async () => {
    const officer = await signIn(t, 'tuphap');
    expect((await officer.get('/api/users')).status).toBe(403);
    expect((await signIn(t, 'admin')).user.role).toBe('admin');
  });

  it('lists my own open sessions and marks this one', async () => {
    const username = `phien${unique()}`;
    const admin = await signIn(t, 'admin');
    await admin.post('/api/users', {
      username,
      fullName: 'Người thử danh sách phiên',
      role: 'reviewer',
      password: 'mat-khau-123',
    });
    const first = await signIn(t, username, 'mat-khau-123');
    const second = await signIn(t, username, 'mat-khau-123');
    const listed = await second.get('/api/auth/sessions');
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(2);
    expect(listed.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect((await first.get('/api/auth/sessions')).body.map((s: { id: string }) => s.id).sort()).toEqual(
      listed.body.map((s: { id: string }) => s.id).sort(),
    );
  });

  it('logs me out of all my sessions at once', async () => {
    const username = `moi${unique()}`;
    const admin = await signIn(t, 'admin');
    await admin.post('/api/users', {
      username,
      fullName: 'Người thử đăng xuất',
      role: 'reviewer',
      password: 'mat-khau-123',
    });
    const here = await signIn(t, username, 'mat-khau-123');
    const there = await signIn(t, username, 'mat-khau-123');
    const response = await here.post('/api/auth/logout-everywhere');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ revoked: 2 });
    expect((await here.get('/api/auth/me')).status).toBe(401);
    expect((await there.get('/api/auth/me')).status).toBe(401);
    expect((await admin.get('/api/auth/me')).status, 'nobody else').toBe(200);
  });

  it('changes my password after checking the current one and ends my other sessions', async () => {
    const username = `doi${unique()}`;
    const admin = await signIn(t, 'admin');
    await admin.post('/api/users', {
      username,
      fullName: 'Người thử đổi mật khẩu',
      role: 'editor',
      password: 'mat-khau-cu-1',
    });
    const here = await signIn(t, username, 'mat-khau-cu-1');
    const there = await signIn(t, username, 'mat-khau-cu-1');
    const wrong = await here.post('/api/auth/password', {
      currentPassword: 'khong-dung',
      newPassword: 'mat-khau-moi-2',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.currentPassword ?? wrong.body.details?.field).toBeTruthy();
    const short = await here.post('/api/auth/password', {
      currentPassword: 'mat-khau-cu-1',
      newPassword: 'ngan',
    });
    expect(short.status).toBe(400);
    expect(short.body.errors.newPassword).toBe('Mật khẩu cần ít nhất 8 ký tự');
    const changed = await here.post('/api/auth/password', {
      currentPassword: 'mat-khau-cu-1',
      newPassword: 'mat-khau-moi-2',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ revoked: 1 });
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await there.get('/api/auth/me')).status).toBe(401);
    expect(
      (await request(t.server).post('/api/auth/login').send({ username, password: 'mat-khau-cu-1' })).status,
    ).toBe(401);
    expect(
      (await request(t.server).post('/api/auth/login').send({ username, password: 'mat-khau-moi-2' })).status,
    ).toBe(200);
  });

  it('ends a session after its absolute lifetime even while it is in use', async () => {
    const username = `han${unique()}`;
    const admin = await signIn(t, 'admin');
    await admin.post('/api/users', {
      username,
      fullName: 'Người thử hạn phiên',
      role: 'editor',
      password: 'mat-khau-123',
    });
    const client = await signIn(t, username, 'mat-khau-123');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const { DataSource } = await import('typeorm');
    const dataSource = t.app.get(DataSource);
    // Active a minute ago (so its idle expiry is fresh) but opened 25 hours ago: past the 24-hour cap.
    await dataSource.query(
      `UPDATE sessions SET created_at = now() - interval '25 hours', last_seen_at = now() - interval '2 minutes', expires_at = now() + interval '10 hours'
        WHERE user_id = $1`,
      [client.user.id],
    );
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});
