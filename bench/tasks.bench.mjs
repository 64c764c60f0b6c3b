// Plans and tasks at scale: 50,000 tasks across 10 years of plans. The task list, a filtered list and an
// agency officer's view, each under 20 concurrent clients, against GET /api/health in the same run.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, freePort, load, waitFor } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(path.join(root, 'apps', 'api', 'package.json'))('pg');
const SERVER = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const TASKS = Number(process.env.BENCH_TASKS ?? 50_000);
const YEARS = 10;
const PLANS_PER_YEAR = 10;

async function connect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  await client.connect();
  return client;
}

let admin = null;
let dbName = null;
let dataDir = null;
let embedded = null;
let env = { ...process.env, APP_MODE: 'demo', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false' };
try {
  admin = await connect(SERVER);
  dbName = `bcdnq_bench_tasks_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(SERVER);
  url.pathname = `/${dbName}`;
  env.DATABASE_URL = url.toString();
  console.log('database: PostgreSQL server');
} catch {
  // No server: the embedded PostgreSQL, started here so the bulk load below can reach it too.
  dataDir = mkdtempSync(path.join(tmpdir(), 'bcdnq-bench-'));
  chmodSync(dataDir, 0o755); // run as root, the server runs as `postgres`, who must reach the directory
  const { startEmbeddedPostgres } = await import(
    pathToFileURL(path.join(root, 'apps', 'api', 'dist', 'database', 'embedded-postgres.js')).href
  );
  embedded = await startEmbeddedPostgres(dataDir);
  env = { ...env, DATABASE_URL: embedded.url };
  console.log('database: embedded PostgreSQL (no server answered)');
}

const port = await freePort();
const api = spawn(process.execPath, [path.join(root, 'apps', 'api', 'dist', 'main.js')], {
  cwd: root,
  env: { ...env, API_PORT: String(port), DB_POOL_SIZE: '10' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
try {
  await waitFor(`${base}/api/health`, api);

  // Bulk data straight into the database (the API seeded agencies and users on start).
  const started = performance.now();
  const db = await connect(env.DATABASE_URL);
  const perPlan = Math.ceil(TASKS / (YEARS * PLANS_PER_YEAR));
  await db.query(`
    INSERT INTO plans (kind, status, title, year, number, issued_on, search_text, version)
    SELECT 'yearly', CASE WHEN y.y < 2026 THEN 'closed' ELSE 'in_implementation' END,
           'Kế hoạch thử tải ' || y.y || ' số ' || n.n, y.y, n.n || '/KH-TT' || y.y, make_date(y.y, 2, 1),
           'ke hoach thu tai ' || y.y || ' so ' || n.n, 1
      FROM generate_series(2017, ${2016 + YEARS}) AS y(y), generate_series(1, ${PLANS_PER_YEAR}) AS n(n)`);
  await db.query(`
    INSERT INTO tasks (plan_id, plan_year, position, ref, text, sub_duties, schedule, due_on, topics, status, search_text, version)
    SELECT p.id, p.year, i, 'III.' || i, 'Nhiệm vụ thử tải số ' || i || ' của ' || p.title, '[]',
           jsonb_build_object('kind', 'deadline', 'due', to_char(make_date(p.year, 1 + (i % 12), 1 + (i % 28)), 'YYYY-MM-DD')),
           make_date(p.year, 1 + (i % 12), 1 + (i % 28)),
           ARRAY[(ARRAY['outreach','law-justice','religion','security','complaints'])[1 + i % 5]],
           (ARRAY['not_started','in_progress','done','overdue'])[1 + i % 4],
           'nhiem vu thu tai so ' || i, 1
      FROM plans p, generate_series(1, ${perPlan}) AS i
     WHERE p.title LIKE 'Kế hoạch thử tải%'`);
  await db.query(`
    WITH a AS (SELECT id, name, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS n FROM agencies)
    INSERT INTO task_agencies (task_id, agency_id, role, requested, position, agency_name)
    SELECT t.id, a.id, 'lead', false, 0, a.name FROM tasks t JOIN a ON a.k = (t.position % a.n)
     WHERE t.text LIKE 'Nhiệm vụ thử tải%'`);
  await db.query(`
    WITH a AS (SELECT id, name, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS n FROM agencies)
    INSERT INTO task_agencies (task_id, agency_id, role, requested, position, agency_name)
    SELECT t.id, a.id, 'coordinator', false, 0, a.name FROM tasks t JOIN a ON a.k = ((t.position + 7) % a.n)
     WHERE t.text LIKE 'Nhiệm vụ thử tải%' ON CONFLICT DO NOTHING`);
  await db.query('ANALYZE');
  const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM tasks')).rows;
  console.log(
    `loaded ${n} tasks in ${YEARS * PLANS_PER_YEAR} plans over ${YEARS} years (${fmt((performance.now() - started) / 1000)} s)`,
  );
  await db.end();

  async function cookieOf(username) {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo12345' }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
    return res.headers.get('set-cookie').split(';')[0];
  }
  const office = { cookie: await cookieOf('thuongtruc') };
  const officer = { cookie: await cookieOf('tuphap') };

  const cases = [
    ['GET /api/health (baseline)', '/api/health', {}],
    ['task list, page 1', '/api/tasks?perPage=25', office],
    ['task list, page 200 by due date', '/api/tasks?perPage=25&page=200&sort=dueOn&order=DESC', office],
    [
      'filtered: year+status+topic',
      '/api/tasks?year=2021&status=in_progress&topic=outreach&perPage=25',
      office,
    ],
    ['search "thu tai so 42"', '/api/tasks?q=thu%20tai%20so%2042&perPage=25', office],
    ['agency view (scope=mine, by due)', '/api/tasks?scope=mine&sort=dueOn&order=ASC&perPage=25', officer],
    ['agency view: due in 30 days', '/api/tasks?scope=mine&dueWithin=30&perPage=25', officer],
    ['plan list with filters', '/api/plans?year=2020&status=closed&perPage=25', office],
  ];
  const results = [];
  for (const [name, url, who] of cases) {
    const headers = who.cookie ? { cookie: who.cookie } : {};
    await load(`${base}${url}`, { seconds: 1, headers });
    results.push([name, await load(`${base}${url}`, { seconds: 5, headers })]);
  }
  const baseline = results[0][1];
  console.log(`\n20 concurrent keep-alive clients, 5 s each (goal: p95 ≤ 50 ms)`);
  console.log(
    '  endpoint                              req/s   p50 ms   p95 ms  errors   throughput vs health',
  );
  for (const [name, r] of results) {
    console.log(
      `  ${name.padEnd(36)} ${fmt(r.rps, 0).padStart(6)}   ${fmt(r.p50, 1).padStart(6)}   ${fmt(r.p95, 1).padStart(6)}  ${String(r.errors).padStart(6)}   ×${fmt(r.rps / baseline.rps, 3)}`,
    );
  }
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  if (admin && dbName && process.env.BENCH_KEEP_DB) {
    console.log(`kept database ${dbName}`);
    await admin.end();
  } else if (admin && dbName) {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
