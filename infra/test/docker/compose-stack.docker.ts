import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const DOCKER = process.env.DOCKER ?? 'docker';
const project = `bcdnq-ci-${randomBytes(3).toString('hex')}`;
const work = mkdtempSync(path.join(tmpdir(), 'bcdnq-docker-'));
const envFile = path.join(work, '.env');
const timings: Record<string, number> = {};

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

const scriptEnv = () => ({
  ...process.env,
  DOCKER,
  ENV_FILE: envFile,
  COMPOSE_PROJECT_NAME: project,
  BACKUP_DIR: path.join(work, 'backups'),
});

function run(
  command: string,
  args: string[],
  options: { input?: string; timed?: string } = {},
): SpawnSyncReturns<string> {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    env: scriptEnv(),
    encoding: 'utf8',
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (options.timed) timings[options.timed] = Math.round((Date.now() - started) / 100) / 10;
  return result;
}
function must(command: string, args: string[], options: { input?: string; timed?: string } = {}): string {
  const result = run(command, args, options);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} → ${result.status}\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}
const compose = (args: string[], options: { input?: string; timed?: string } = {}) =>
  must(
    DOCKER,
    [
      'compose',
      '--env-file',
      envFile,
      '-f',
      path.join(root, 'infra', 'compose.yaml'),
      '-p',
      project,
      ...args,
    ],
    options,
  );
const psql = (sql: string) =>
  compose(
    [
      'exec',
      '-T',
      'postgres',
      'sh',
      '-c',
      'psql -v ON_ERROR_STOP=1 -q -At --username="$POSTGRES_USER" --dbname="$POSTGRES_DB"',
    ],
    { input: sql },
  );

let origin = '';

/** fetch, once more on a connection the old proxy container closed (a restart replaced it under the same port). */
async function fetchFresh(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 500));
    return fetch(url, init);
  }
}
type Session = { cookie: string; csrf: string };
let session: Session;

async function call(method: string, url: string, body?: unknown, form?: FormData): Promise<Response> {
  const headers: Record<string, string> = { cookie: session?.cookie ?? '' };
  if (method !== 'GET') headers['x-csrf-token'] = session?.csrf ?? '';
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${origin}${url}`, {
    method,
    headers,
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    signal: AbortSignal.timeout(60_000),
  });
}

/** Row count and checksum of every table, and the checksum of every uploaded file: what a restore must give back. */
function fingerprint(): { tables: string; files: string } {
  const tableNames = psql(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename;`)
    .trim()
    .split('\n');
  const tables = psql(
    tableNames
      .map(
        (table) =>
          `SELECT '${table}', count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM public."${table}" t;`,
      )
      .join('\n'),
  );
  const files = compose([
    'run',
    '--rm',
    '--no-deps',
    '-T',
    '--entrypoint',
    'sh',
    'api',
    '-c',
    'cd /var/lib/bcdnq/uploads && find . -type f -exec sha256sum {} + | sort',
  ]);
  return { tables, files };
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  writeFileSync(
    envFile,
    [
      `POSTGRES_PASSWORD=${randomBytes(16).toString('hex')}`,
      `SESSION_SECRET=${randomBytes(32).toString('hex')}`,
      `PUBLIC_URL=${origin}`,
      'SITE_ADDRESS=:80',
      'HTTP_BIND=127.0.0.1',
      `HTTP_PORT=${port}`,
      `HTTPS_PORT=${await freePort()}`,
      'API_REPLICAS=2',
      'PORTAL_REPLICAS=2',
      'IMAGE_PREFIX=bcdnq-ci',
      `IMAGE_TAG=${project}`,
      `NODE_IMAGE=${process.env.NODE_IMAGE ?? 'node:22-bookworm-slim'}`,
      `CADDY_IMAGE=${process.env.CADDY_IMAGE ?? 'caddy:2'}`,
      `POSTGRES_IMAGE=${process.env.POSTGRES_IMAGE ?? 'postgres:17'}`,
      'LOG_LEVEL=warn',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  // One service at a time, as infra/scripts/deploy does: the shared build stage is built once.
  const started = Date.now();
  for (const service of ['api', 'portal', 'proxy']) {
    must('nice', [
      '-n',
      '10',
      DOCKER,
      'compose',
      '--env-file',
      envFile,
      '-f',
      path.join(root, 'infra', 'compose.yaml'),
      '-p',
      project,
      'build',
      service,
    ]);
  }
  timings.build = Math.round((Date.now() - started) / 100) / 10;
  compose(['up', '-d', '--wait'], { timed: 'start' });
});

afterAll(() => {
  run(DOCKER, [
    'compose',
    '--env-file',
    envFile,
    '-f',
    path.join(root, 'infra', 'compose.yaml'),
    '-p',
    project,
    'down',
    '-v',
    '--remove-orphans',
  ]);
  // The sizes of the images built (before they go) and of the bases they were built on.
  const sizes = run(DOCKER, ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}} {{.Size}}']).stdout;
  for (const service of ['api', 'portal', 'proxy'])
    run(DOCKER, ['image', 'rm', `bcdnq-ci/${service}:${project}`]);
  rmSync(work, { recursive: true, force: true });
  process.stderr.write(`[docker] timings (s): ${JSON.stringify(timings)}\n[docker] images:\n${sizes}`);
});

describe('the compose stack', () => {
  it('serves the portal, the admin panel and the API on one origin, and hides metrics from it', async () => {
    expect((await fetch(`${origin}/`)).status).toBe(200);
    const admin = await fetch(`${origin}/admin/plans`);
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain('<div id="root"');
    expect((await fetch(`${origin}/admin/assets/missing-0000.js`)).status).toBe(404);
    expect(await (await fetch(`${origin}/api/health/ready`)).json()).toMatchObject({
      status: 'ready',
      database: 'up',
    });
    expect((await fetch(`${origin}/api/metrics`)).status).toBe(404);
  });

  it('has no demo account in production mode; the operator creates the first administrator', async () => {
    const demo = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo12345' }),
    });
    expect(demo.status).toBe(401);
    compose(
      [
        'exec',
        '-T',
        '--index',
        '1',
        'api',
        'node',
        'dist/cli.js',
        'create-admin',
        'quantri',
        'Quản trị hệ thống',
      ],
      { input: 'mat-khau-van-hanh-1' },
    );
    // The agency catalogue (no demo data in production): what an import resolves lead agencies against.
    compose(['exec', '-T', '--index', '1', 'api', 'node', 'dist/cli.js', 'seed']);
    const login = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'quantri', password: 'mat-khau-van-hanh-1' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    session = { cookie, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
    // Two API replicas behind Caddy's round robin: the session holds on every one of them.
    for (let i = 0; i < 8; i += 1) expect((await call('GET', '/api/auth/me')).status).toBe(200);
  });

  it('imports a document through the proxy and keeps an attachment', async () => {
    const text = readFileSync(path.join(root, 'fixtures', 'seeds', '000_bdf9b695430115f1.txt'));
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/plain' }), 'ke-hoach.txt');
    const previewResponse = await call('POST', '/api/imports/preview', undefined, form);
    expect(previewResponse.status).toBe(200);
    type Lead = { agency: string; requested: boolean };
    type Reading = {
      ref: string | null;
      text: string;
      subDuties: string[];
      leads: Lead[];
      schedule: unknown;
      topics: string[];
    };
    const preview = (await previewResponse.json()) as {
      agencies: Record<string, string | null>;
      result: { plan: { title: string; year: number | null; reportingRules: unknown; tasks: Reading[] } };
    };
    const plan = preview.result.plan;
    const tasks = plan.tasks
      .map((task) => ({
        ref: task.ref,
        text: task.text,
        subDuties: task.subDuties,
        leads: task.leads.flatMap((lead) =>
          preview.agencies[lead.agency]
            ? [{ agencyId: preview.agencies[lead.agency], requested: lead.requested }]
            : [],
        ),
        coordinatorIds: [],
        schedule: task.schedule,
        topics: task.topics,
      }))
      .filter((task) => task.leads.length > 0);
    expect(tasks.length).toBeGreaterThan(0);
    const saved = await call('POST', '/api/imports/commit', {
      plan: {
        kind: 'yearly',
        title: plan.title,
        year: plan.year ?? 2026,
        reportingRules: plan.reportingRules,
      },
      tasks,
    });
    expect(saved.status).toBe(201);
    const draft = (await saved.json()) as { id: string; version: number };
    const planId = draft.id;
    // Progress is reported on plans in force: issue it first.
    const issued = await call('POST', `/api/plans/${planId}/issue`, {
      number: `${randomBytes(2).toString('hex')}/KH-UBND`,
      issuedOn: '2026-02-02',
      signer: { name: 'Nguyễn Văn A', title: 'Phó Chủ tịch', capacity: 'KT. CHỦ TỊCH' },
      version: draft.version,
    });
    expect(issued.status, await issued.clone().text()).toBe(200);
    const listed = (await (await call('GET', `/api/tasks?planId=${planId}&perPage=5`)).json()) as {
      data: { id: string }[];
      total: number;
    };
    expect(listed.total).toBe(tasks.length);
    const note = new FormData();
    note.append('text', 'Đã triển khai, kèm biên bản.');
    note.append(
      'files',
      new Blob(['Biên bản họp triển khai kế hoạch.\n'], { type: 'text/plain' }),
      'bien-ban.txt',
    );
    const added = await call('POST', `/api/tasks/${listed.data[0]?.id}/notes`, undefined, note);
    expect(added.status).toBe(201);
  });

  it('backs up, refuses to restore over data, and restores into a fresh installation exactly', () => {
    const before = fingerprint();
    expect(before.files.trim().split('\n').filter(Boolean)).toHaveLength(1);
    const backup = must(path.join(root, 'infra', 'scripts', 'backup'), [], { timed: 'backup' }).trim();
    const refused = run(path.join(root, 'infra', 'scripts', 'restore'), [backup]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/cơ sở dữ liệu không trống/);
    // A new server: the same settings, no volumes at all.
    compose(['down', '-v'], { timed: 'down' });
    must(path.join(root, 'infra', 'scripts', 'restore'), [backup], { timed: 'restore' });
    expect(fingerprint()).toEqual(before);
  });

  it('signs in again after the restore, against the restored data', async () => {
    const login = await fetchFresh(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'quantri', password: 'mat-khau-van-hanh-1' }),
    });
    expect(login.status).toBe(200);
  });

  it('rolls the replicas (deploy --restart) without losing a request', async () => {
    // Every request that did not answer 200: what it was, what came back, and when (s after the roll began).
    const failed: string[] = [];
    let sent = 0;
    let rolling = true;
    const rollStarted = Date.now();
    const load = (async () => {
      while (rolling) {
        sent += 1;
        // What readers and officers send: a page, and an API answer read from the database. (Not the readiness probe:
        // it is each replica's own answer to its orchestrator, and a replica that is stopping says so.)
        const path = sent % 2 ? '/api/public/articles?perPage=1' : '/';
        const outcome = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(30_000) }).then(
          async (response) => {
            if (response.status === 200) await response.arrayBuffer();
            return response.status === 200
              ? null
              : `${response.status} ${(await response.text()).slice(0, 120)}`;
          },
          (error: Error & { cause?: { code?: string } }) =>
            `${error.name} ${error.cause?.code ?? error.message}`,
        );
        if (outcome !== null)
          failed.push(`${((Date.now() - rollStarted) / 1000).toFixed(1)} s ${path} → ${outcome}`);
      }
    })();
    // Asynchronously: the load above must keep running while the script rolls the replicas.
    const deploy = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(path.join(root, 'infra', 'scripts', 'deploy'), ['--no-build', '--restart'], {
        cwd: root,
        env: scriptEnv(),
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        stderr += text.replace(/^/gm, `${((Date.now() - rollStarted) / 1000).toFixed(1)} s `);
      });
      child.stdout.resume();
      child.on('close', (status) => resolve({ status, stderr }));
    });
    timings['rolling deploy'] = Math.round((Date.now() - rollStarted) / 100) / 10;
    rolling = false;
    await load;
    expect(deploy.status, deploy.stderr).toBe(0);
    expect(sent).toBeGreaterThan(10);
    // The first and last failures and a count of the rest, beside what the script was doing at the time.
    const shown =
      failed.length > 20
        ? [...failed.slice(0, 10), `… ${failed.length - 20} more …`, ...failed.slice(-10)]
        : failed;
    expect(failed, `${sent} requests sent\n${shown.join('\n')}\n--- deploy:\n${deploy.stderr}`).toEqual([]);
    expect(compose(['ps', '-q', 'api']).trim().split('\n')).toHaveLength(2);
  });
});
