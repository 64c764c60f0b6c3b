import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../src/app.factory.js';
import { loadEnv } from '../src/config/env.js';
import { openDatabase } from '../src/database/data-source.js';
import { resolveDatabase } from '../src/database/resolve-database.js';
import { SESSION_COOKIE } from '../src/modules/auth/session.guard.js';
import { DEMO_PASSWORD } from '../src/seed/demo-content.js';
import { runSeed } from '../src/seed/demo-seed.js';

// Many sessions at once must each get their own answers: a session reading `/api/auth/me` must always see
// itself, a role refused a route must always be refused, while other sessions write and read lists. On the
// embedded database this once answered as another user (issue 8). Long enough to catch an interleaving that
// is rare per request; no timing is asserted, only that every answer is the right one and every request ends.
const LOAD_SECONDS = Number(process.env.CONCURRENCY_SECONDS ?? 15);
// A request this slow is counted as hung (generous: the machine is shared and may be loaded).
const HANG_MS = 45_000;

type Figures = { requests: number; mixups: number; errors: number; hangs: number; samples: string[] };

type Session = { username: string; id: string; role: string; cookie: string; csrf: string };

const DEMO_USERS = ['admin', 'lanhdao', 'thuongtruc', 'tuphap', 'ngoaivu', 'bientap', 'duyettin'];

class Load {
  readonly figures: Figures = { requests: 0, mixups: 0, errors: 0, hangs: 0, samples: [] };

  constructor(readonly base: string) {}

  private note(kind: 'mixups' | 'errors' | 'hangs', what: string): void {
    this.figures[kind] += 1;
    if (this.figures.samples.length < 10) this.figures.samples.push(`${kind}: ${what}`);
  }

  /** One request; returns its status and JSON body, or null when it failed at the network level or hung. */
  async call(
    session: Session | null,
    method: string,
    url: string,
    body?: object,
  ): Promise<{ status: number; body: unknown } | null> {
    this.figures.requests += 1;
    const headers: Record<string, string> = {};
    if (session) headers.cookie = `${SESSION_COOKIE}=${session.cookie}`;
    if (session && method !== 'GET') headers['x-csrf-token'] = session.csrf;
    if (body) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(`${this.base}${url}`, {
        method,
        headers,
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(HANG_MS),
      });
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
      if (response.status >= 500)
        this.note('errors', `${method} ${url} → ${response.status} ${text.slice(0, 160)}`);
      return { status: response.status, body: parsed };
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError')
        this.note('hangs', `${method} ${url} unanswered after ${HANG_MS} ms`);
      else this.note('errors', `${method} ${url} → ${(error as Error).message}`);
      return null;
    }
  }

  /** A failed expectation: the answer was someone else's when `mixup`, else an unexpected error. */
  expect(ok: boolean, mixup: boolean, what: string): void {
    if (!ok) this.note(mixup ? 'mixups' : 'errors', what);
  }

  async signIn(username: string): Promise<Session> {
    const response = await fetch(`${this.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const body = (await response.json()) as { id: string; role: string; username: string; csrfToken: string };
    if (response.status !== 200)
      throw new Error(`login ${username}: ${response.status} ${JSON.stringify(body)}`);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error(`login ${username}: no session cookie`);
    return {
      username,
      id: body.id,
      role: body.role,
      cookie: cookie.slice(SESSION_COOKIE.length + 1),
      csrf: body.csrfToken,
    };
  }
}

type Me = { id?: string; username?: string; role?: string; csrfToken?: string };
type PageBody = { data?: unknown[]; total?: number };
type Row = { id: string; version: number; name?: string; title?: string };

/** Runs the mixed load against a listening API and returns what went wrong. */
async function mixedLoad(base: string): Promise<Figures> {
  const load = new Load(base);
  // Two sessions per demo user: sessions of one user must not see each other's CSRF token either.
  const sessions: Session[] = [];
  for (const username of [...DEMO_USERS, ...DEMO_USERS]) sessions.push(await load.signIn(username));
  const byName = (name: string) => sessions.find((s) => s.username === name) as Session;
  const until = Date.now() + LOAD_SECONDS * 1000;
  const loop = async (step: () => Promise<void>) => {
    while (Date.now() < until) await step();
  };

  // Everyone reads who they are.
  const identity = sessions.map((session) =>
    loop(async () => {
      const r = await load.call(session, 'GET', '/api/auth/me');
      if (!r) return;
      const me = r.body as Me;
      const right =
        r.status === 200 &&
        me.id === session.id &&
        me.username === session.username &&
        me.csrfToken === session.csrf;
      load.expect(
        right,
        r.status === 200 || r.status === 401,
        `${session.username} /api/auth/me → ${r.status} as ${me?.username ?? '?'}`,
      );
    }),
  );

  // Roles that must be refused stay refused: the editor never lists users, the agency officer never audits.
  const refusals = [
    { session: byName('bientap'), url: '/api/users' },
    { session: byName('tuphap'), url: '/api/users?perPage=5' },
  ].map(({ session, url }) =>
    loop(async () => {
      const r = await load.call(session, 'GET', url);
      if (r) load.expect(r.status === 403, r.status === 200, `${session.username} GET ${url} → ${r.status}`);
    }),
  );

  // Lists, read as the users who own them.
  const lists = [
    { session: byName('thuongtruc'), url: '/api/tasks?perPage=25' },
    { session: byName('tuphap'), url: '/api/tasks?perPage=25&scope=mine' },
    { session: byName('lanhdao'), url: '/api/plans?perPage=25' },
    { session: byName('duyettin'), url: '/api/articles?perPage=25' },
  ].map(({ session, url }) =>
    loop(async () => {
      const r = await load.call(session, 'GET', url);
      if (!r) return;
      const page = r.body as PageBody;
      load.expect(
        r.status === 200 && Array.isArray(page.data) && typeof page.total === 'number',
        r.status === 401 || r.status === 403,
        `${session.username} GET ${url} → ${r.status}`,
      );
    }),
  );

  // Writers: each creates a record, updates it with its version, and reads it back.
  let serial = 0;
  const admin = byName('admin');
  const office = byName('thuongtruc');
  const writers = [
    loop(async () => {
      const code = `dong-thoi-${process.pid}-${Date.now().toString(36)}-${(serial += 1)}`;
      const created = await load.call(admin, 'POST', '/api/agencies', {
        code,
        name: `Sở Đồng Thời ${code}`,
        kind: 'department',
      });
      if (!created) return;
      const agency = created.body as Row;
      load.expect(
        created.status === 201,
        false,
        `POST /api/agencies → ${created.status} ${JSON.stringify(created.body).slice(0, 160)}`,
      );
      if (created.status !== 201) return;
      const updated = await load.call(admin, 'PUT', `/api/agencies/${agency.id}`, {
        name: `Sở Đã Sửa ${code}`,
        version: agency.version,
      });
      if (!updated) return;
      load.expect(
        updated.status === 200 && (updated.body as Row).version === agency.version + 1,
        false,
        `PUT agency → ${updated.status}`,
      );
      const read = await load.call(admin, 'GET', `/api/agencies/${agency.id}`);
      if (read)
        load.expect(
          read.status === 200 && (read.body as Row).name === `Sở Đã Sửa ${code}`,
          read.status === 200,
          `GET agency → ${read.status} ${(read.body as Row)?.name}`,
        );
    }),
    loop(async () => {
      const title = `Kế hoạch đồng thời ${process.pid} ${(serial += 1)}`;
      const created = await load.call(office, 'POST', '/api/plans', { title, year: 2033 });
      if (!created) return;
      const plan = created.body as Row;
      load.expect(
        created.status === 201 && plan.title === title,
        created.status === 201,
        `POST /api/plans → ${created.status}`,
      );
      if (created.status !== 201) return;
      const updated = await load.call(office, 'PUT', `/api/plans/${plan.id}`, {
        title: `${title} (sửa)`,
        version: plan.version,
      });
      if (updated)
        load.expect(
          updated.status === 200 && (updated.body as Row).title === `${title} (sửa)`,
          updated.status === 200,
          `PUT plan → ${updated.status}`,
        );
    }),
  ];

  await Promise.all([...identity, ...refusals, ...lists, ...writers]);
  return load.figures;
}

async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

const report = (label: string, figures: Figures) =>
  process.stderr.write(
    `[concurrency] ${label}: ${figures.requests} requests in ${LOAD_SECONDS} s — ${figures.mixups} mix-ups, ${figures.errors} errors, ${figures.hangs} hangs${figures.samples.length ? `\n  ${figures.samples.join('\n  ')}` : ''}\n`,
  );

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

const timeout = (LOAD_SECONDS + 2 * (HANG_MS / 1000) + 120) * 1000;

describe('concurrent sessions each get their own answers', () => {
  it(
    'on the embedded database, as `npm start` runs it',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'bcdnq-concurrency-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      const env = loadEnv({ APP_MODE: 'demo', LOG_LEVEL: 'silent', DATA_DIR: dir, JOBS_ENABLED: 'false' });
      const { url, embedded } = await resolveDatabase(env);
      cleanups.push(async () => embedded?.stop());
      expect(embedded).not.toBeNull();
      const dataSource = await openDatabase(url, { migrate: true, poolSize: 2 });
      await runSeed(dataSource, { demo: true });
      await dataSource.destroy();
      const app = await createApp(env, url, { embeddedDatabase: true });
      cleanups.push(() => app.close());

      const figures = await mixedLoad(await listen(app));
      report('embedded', figures);
      expect(figures.requests).toBeGreaterThan(30); // the load ran (few on a very busy machine)
      expect({
        mixups: figures.mixups,
        errors: figures.errors,
        hangs: figures.hangs,
        samples: figures.samples,
      }).toEqual({ mixups: 0, errors: 0, hangs: 0, samples: [] });
    },
    timeout,
  );

  it(
    `on the run's database server`,
    async () => {
      const env = loadEnv({
        APP_MODE: 'demo',
        LOG_LEVEL: 'silent',
        DATABASE_URL: inject('databaseUrl'),
        JOBS_ENABLED: 'false',
      });
      const app = await createApp(env, inject('databaseUrl'), {
        embeddedDatabase: inject('databaseKind') === 'embedded',
      });
      cleanups.push(() => app.close());

      const figures = await mixedLoad(await listen(app));
      report(inject('databaseKind'), figures);
      expect(figures.requests).toBeGreaterThan(30); // the load ran (few on a very busy machine)
      expect({
        mixups: figures.mixups,
        errors: figures.errors,
        hangs: figures.hangs,
        samples: figures.samples,
      }).toEqual({ mixups: 0, errors: 0, hangs: 0, samples: [] });
    },
    timeout,
  );
});
