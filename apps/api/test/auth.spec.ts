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
    expect(response.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập' });
    expect(response.body.correlationId).toBe(response.headers['x-correlation-id']);
  });

  it('sets an httpOnly, SameSite=Strict session cookie and never returns a token in the body', async () => {
    const response = await request(t.server).post('/api/auth/login').send({ username: 'lanhdao', password: 'demo12345' });
    expect(response.status).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(response.body).toMatchObject({ username: 'lanhdao', role: 'committee_leader' });
    expect(JSON.stringify(response.body)).not.toContain(cookie.split(';')[0]!.slice(4));
  });

  it('answers a wrong password with 401 and a Vietnamese message', async () => {
    const response = await request(t.server).post('/api/auth/login').send({ username: 'bientap', password: 'sai-mat-khau' });
    expect(response.status).toBe(401);
    expect(response.body.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('validates the login body with field errors', async () => {
    const response = await request(t.server).post('/api/auth/login').send({ username: '' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toMatchObject({ username: 'Nhập tên đăng nhập', password: expect.any(String) });
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const client = await signIn(t, 'thuongtruc');
    const without = await client.agent.post('/api/plans').send({ title: 'Kế hoạch thử CSRF', year: 2030 });
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('FORBIDDEN');
    const wrong = await client.agent.post('/api/plans').set('X-CSRF-Token', 'x'.repeat(32)).send({ title: 'Kế hoạch thử CSRF', year: 2030 });
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

  it('locks an account for a while after five wrong passwords, even for the right one', async () => {
    const admin = await signIn(t, 'admin');
    const username = `khoa${unique()}`;
    const created = await admin.post('/api/users', { username, fullName: 'Người thử khóa', role: 'editor', password: 'dung-mat-khau' });
    expect(created.status).toBe(201);
    for (let i = 0; i < 5; i += 1) {
      expect((await request(t.server).post('/api/auth/login').send({ username, password: `sai${i}` })).status).toBe(401);
    }
    const locked = await request(t.server).post('/api/auth/login').send({ username, password: 'dung-mat-khau' });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('RATE_LIMITED');
  });

  it('lets the admin revoke all sessions of a user', async () => {
    const admin = await signIn(t, 'admin');
    const username = `thu${unique()}`;
    const created = await admin.post('/api/users', { username, fullName: 'Người thử phiên', role: 'reviewer', password: 'mat-khau-123' });
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
});
