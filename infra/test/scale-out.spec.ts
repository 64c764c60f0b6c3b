import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Two API and two portal processes behind one Caddy against one PostgreSQL: the scale-out the compose file does
// with replicas, as plain processes so it runs in `npm test`.
const root = path.resolve(import.meta.dirname, '..', '..');
const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const caddyBinary = [process.env.CADDY_PATH, '/tmp/bcdnq-caddy/root/usr/bin/caddy', '/usr/bin/caddy'].find(
  (candidate): candidate is string => Boolean(candidate && existsSync(candidate)),
);
const work = mkdtempSync(path.join(tmpdir(), 'bcdnq-scale-'));
const secret = randomBytes(32).toString('hex');

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

async function until(
  check: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 300_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
const ok = async (url: string, headers: Record<string, string> = {}) =>
  (await fetch(url, { headers, signal: AbortSignal.timeout(5000) })).ok;

type Service = {
  name: string;
  port: number;
  script: string;
  env: NodeJS.ProcessEnv;
  health: string;
  child: ChildProcess | null;
  output: string[];
};
let databaseUrl = '';
let dropDatabase = async () => {};
const services: Service[] = [];
let caddy: ChildProcess | null = null;
let origin = '';

function start(service: Service): void {
  const child = spawn(process.execPath, [path.join(root, service.script)], {
    cwd: root,
    env: service.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => service.output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  service.child = child;
}
async function stop(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
const byName = (name: string) => services.find((service) => service.name === name) as Service;
const direct = (name: string) => `http://127.0.0.1:${byName(name).port}`;

beforeAll(async () => {
  if (!caddyBinary) {
    throw new Error(
      'Caddy không có trên máy này: "apt-get download caddy" rồi giải nén (xem .ci/run), hoặc đặt CADDY_PATH=/đường/dẫn/caddy.',
    );
  }
  const admin = process.env.DATABASE_URL?.trim() || LOCAL_SERVER;
  const name = `bcdnq_scale_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  dropDatabase = async () => {
    const dropper = new pg.Client({ connectionString: admin });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  };

  const proxyPort = await freePort();
  const internalPort = await freePort();
  origin = `http://127.0.0.1:${proxyPort}`;
  for (const api of ['api1', 'api2']) {
    const port = await freePort();
    services.push({
      name: api,
      port,
      script: 'apps/api/dist/main.js',
      health: '/api/health/ready',
      child: null,
      output: [],
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: databaseUrl,
        APP_MODE: 'demo',
        API_PORT: String(port),
        API_HOST: '127.0.0.1',
        SESSION_SECRET: secret,
        TRUST_PROXY: 'true',
        JOBS_ENABLED: 'true',
        LOG_LEVEL: 'info',
        DB_POOL_SIZE: '4',
      },
    });
  }
  for (const portal of ['portal1', 'portal2']) {
    const port = await freePort();
    services.push({
      name: portal,
      port,
      script: 'apps/portal/dist/server.js',
      health: '/healthz',
      child: null,
      output: [],
      env: {
        PATH: process.env.PATH,
        PORTAL_PORT: String(port),
        PORTAL_HOST: '127.0.0.1',
        API_URL: `http://127.0.0.1:${internalPort}`,
        PUBLIC_URL: origin,
        LOG_LEVEL: 'warn',
        API_TIMEOUT_MS: '20000',
      },
    });
  }
  // Both APIs start on the same empty database at once: migrations and the demo seed happen once, under the lock.
  for (const service of services.filter((s) => s.name.startsWith('api'))) start(service);
  for (const service of services.filter((s) => s.name.startsWith('api')))
    await until(() => ok(direct(service.name) + service.health), `${service.name} ready`);

  // The production Caddyfile's routing and retry rules, with the processes' ports instead of compose's DNS names;
  // the portals read the API through the internal listener, so a restarting API instance is retried around.
  const upstreams = (prefix: string) =>
    services
      .filter((s) => s.name.startsWith(prefix))
      .map((s) => `127.0.0.1:${s.port}`)
      .join(' ');
  const retry =
    'lb_policy round_robin\n\t\tlb_try_duration 15s\n\t\tlb_try_interval 250ms\n\t\tfail_duration 10s';
  writeFileSync(
    path.join(work, 'Caddyfile'),
    `{\n\tadmin off\n\tauto_https off\n}\n(api) {\n\treverse_proxy ${upstreams('api')} {\n\t\t${retry}\n\t}\n}\n:${internalPort} {\n\timport api\n}\n:${proxyPort} {\n\thandle /api* {\n\t\timport api\n\t}\n\thandle {\n\t\treverse_proxy ${upstreams('portal')} {\n\t\t${retry}\n\t\t}\n\t}\n}\n`,
  );
  caddy = spawn(caddyBinary, ['run', '--config', path.join(work, 'Caddyfile'), '--adapter', 'caddyfile'], {
    env: { PATH: process.env.PATH, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work, HOME: work },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const caddyLog: string[] = [];
  caddy.stderr?.on('data', (chunk: Buffer) => caddyLog.push(chunk.toString('utf8')));
  await until(() => ok(`${origin}/api/health/ready`), 'the proxy', 60_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${caddyLog.join('').slice(-2000)}`);
  });
  for (const service of services.filter((s) => s.name.startsWith('portal'))) start(service);
  for (const service of services.filter((s) => s.name.startsWith('portal')))
    await until(() => ok(direct(service.name) + service.health), `${service.name} ready`);
});

afterAll(async () => {
  await stop(caddy);
  await Promise.all(services.map((service) => stop(service.child)));
  await dropDatabase();
  rmSync(work, { recursive: true, force: true });
});

async function signIn(username: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo12345' }),
  });
  expect(response.status).toBe(200);
  return {
    cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrf: ((await response.json()) as { csrfToken: string }).csrfToken,
  };
}

describe('two API and two portal instances behind one proxy, one PostgreSQL', () => {
  it('migrated and seeded the database once though both instances started together', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const migrations = await client.query(
        'SELECT count(*)::int AS n, count(DISTINCT name)::int AS d FROM migrations',
      );
      expect(migrations.rows[0].n).toBe(migrations.rows[0].d);
      const admins = await client.query(`SELECT count(*)::int AS n FROM users WHERE username = 'admin'`);
      expect(admins.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('accepts a session opened through one instance on both', async () => {
    const session = await signIn('thuongtruc');
    for (const api of ['api1', 'api2']) {
      const me = await fetch(`${direct(api)}/api/auth/me`, { headers: { cookie: session.cookie } });
      expect(me.status, api).toBe(200);
      expect(((await me.json()) as { username: string }).username).toBe('thuongtruc');
    }
  });

  it('runs a daily job once across the instances', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await until(
        async () =>
          (await client.query(`SELECT 1 FROM job_runs WHERE name = 'tasks.markOverdue'`)).rowCount === 1,
        'the daily job',
      );
    } finally {
      await client.end();
    }
    // Both instances have ticked by now (the first tick is a second after start); only one may have run it.
    await until(
      () => services.filter((s) => s.name.startsWith('api')).every((s) => s.output.length > 0),
      'logs',
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const runs = services
      .flatMap((s) => s.output)
      .filter((line) => line.includes('daily job done') && line.includes('tasks.markOverdue'));
    expect(runs).toHaveLength(1);
  });

  it('shows list totals coherent on one instance right after a write on the other', async () => {
    const session = await signIn('admin');
    const total = async (api: string) =>
      (
        (await (
          await fetch(`${direct(api)}/api/agencies?perPage=1`, { headers: { cookie: session.cookie } })
        ).json()) as { total: number }
      ).total;
    const before = await total('api2');
    expect(await total('api2')).toBe(before); // remembered now: a stale cache would keep this for 10 s
    const created = await fetch(`${direct('api1')}/api/agencies`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({
        code: `so-moi-${randomBytes(3).toString('hex')}`,
        name: 'Sở Thử nghiệm mở rộng',
        kind: 'department',
      }),
    });
    expect(created.status).toBe(201);
    // The NOTIFY is delivered at commit, before the write is answered; allow its arrival a moment, well under the 10 s TTL.
    await until(
      async () => (await total('api2')) === before + 1,
      'the other instance to see the new total',
      5000,
    );
  });

  it('answers one public stamp from every instance, so both portals show a publication within seconds', async () => {
    const stamp = async (api: string) =>
      ((await (await fetch(`${direct(api)}/api/public/stamp`)).json()) as { stamp: number }).stamp;
    // The portals poll the stamp through the proxy, a different instance each time: two stamps would read as a
    // change at every poll (no page ever reused), and a change seen by one instance only would go unnoticed.
    expect(await stamp('api1')).toBe(await stamp('api2'));
    const before = await stamp('api2');
    const title = `Tin đăng qua một phiên bản ${randomBytes(3).toString('hex')}`;
    const home = async (portal: string) => (await fetch(`${direct(portal)}/`)).text();
    for (const portal of ['portal1', 'portal2']) expect(await home(portal)).not.toContain(title);
    const editor = await signIn('bientap');
    const reviewer = await signIn('duyettin');
    const send = async (session: { cookie: string; csrf: string }, route: string, body: object) => {
      const response = await fetch(`${direct('api1')}${route}`, {
        method: 'POST',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.ok, `${route}: ${response.status}`).toBe(true);
      return (await response.json()) as { id: string; version: number };
    };
    let article = await send(editor, '/api/articles', { title, body: '<p>Nội dung</p>' });
    for (const [session, event] of [
      [editor, 'submit'],
      [reviewer, 'approve'],
      [reviewer, 'publish'],
    ] as const)
      article = await send(session, `/api/articles/${article.id}/status`, {
        event,
        version: article.version,
      });
    // Published through the first instance: the second answers the moved stamp too.
    expect(await stamp('api2')).not.toBe(before);
    expect(await stamp('api1')).toBe(await stamp('api2'));
    await until(
      async () => (await home('portal1')).includes(title) && (await home('portal2')).includes(title),
      'both portals to show the publication',
      20_000,
    );
  });

  it('loses no request through the proxy while every instance is restarted in turn', async () => {
    const session = await signIn('tuphap');
    let sent = 0;
    const failures: string[] = [];
    let rolling = true;
    // Readiness is meant to say 503 while an instance drains (that is how a balancer learns to avoid it), so the
    // load reads liveness and real pages: none of those may fail.
    const paths = ['/api/health/live', '/api/tasks?perPage=5', '/', '/api/auth/me'];
    const load = (async () => {
      while (rolling) {
        const target = paths[sent % paths.length] as string;
        sent += 1;
        const status = await fetch(`${origin}${target}`, {
          headers: { cookie: session.cookie },
          signal: AbortSignal.timeout(30_000),
        }).then(
          (response) => response.status,
          (error: Error) => error.message,
        );
        if (status !== 200) failures.push(`${target}: ${status}`);
      }
    })();
    for (const service of services) {
      await stop(service.child);
      start(service);
      await until(() => ok(direct(service.name) + service.health), `${service.name} back`);
    }
    rolling = false;
    await load;
    expect(sent).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });
});
