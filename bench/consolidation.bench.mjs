// The consolidated report at scale: 5 years × 40 agencies × 12 monthly reports, each with 20 figures (8 typed in
// the report over the indicator catalogue, 12 under its task), 90 % accepted. GET /api/consolidation?parts=none over
// the five years (the totals the page shows; also with every part, the default answer), what a click then loads (one total's parts, the narrative and its draft) and
// the Excel export, against one agency-month (an officer's own month) and GET /api/health in the same run — on the
// PostgreSQL server (when one answers) and on the embedded PostgreSQL the API runs without DATABASE_URL (ADR 0001).
// BENCH_DATABASES=server or =embedded measures one of them only; `node bench/consolidation.bench.mjs` runs it alone.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, freePort, waitFor } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(path.join(root, 'apps', 'api', 'package.json'))('pg');
const SERVER = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASES = (process.env.BENCH_DATABASES ?? 'server,embedded').split(',').map((s) => s.trim());
const YEARS = [2030, 2031, 2032, 2033, 2034];
const AGENCIES = 40;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const GOAL_MS = 300;
const CODES = [
  'articles-published',
  'rebuttal-articles',
  'conferences-held',
  'training-sessions',
  'participants',
  'banners-hung',
  'complaints-resolved',
  'foreign-delegations',
];

async function connect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  // The server is shared: a connection ended from outside must not crash the run.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** One statement on a maintenance database, on a short-lived connection. */
async function onDatabase(url, sql) {
  const client = await connect(url);
  try {
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server PostgreSQL: a database of its own for this run, or null when no server answers. */
async function serverTarget() {
  try {
    await onDatabase(SERVER, 'SELECT 1');
  } catch {
    console.log('no PostgreSQL server answered at DATABASE_URL or 127.0.0.1:5432: server skipped');
    return null;
  }
  const dbName = `bcdnq_bench_consolidation_${Date.now().toString(36)}`;
  await onDatabase(SERVER, `CREATE DATABASE "${dbName}"`);
  const url = new URL(SERVER);
  url.pathname = `/${dbName}`;
  return {
    name: 'PostgreSQL server',
    url: url.toString(),
    drop: () => onDatabase(SERVER, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`),
  };
}

/**
 * The embedded PostgreSQL, started by the API's own code (the binaries, settings and authentication `npm start`
 * uses) on a throw-away cluster, here rather than by the API so that the bulk load below can reach it too.
 */
async function embeddedTarget() {
  const { startEmbeddedPostgres } = await import(
    pathToFileURL(path.join(root, 'apps', 'api', 'dist', 'database', 'embedded-postgres.js')).href
  );
  const embedded = await startEmbeddedPostgres(null, { log: () => undefined });
  return { name: 'embedded PostgreSQL', url: embedded.url, drop: () => embedded.stop() };
}

/** The five years of reports, straight into the database (the API seeded agencies and users on start). */
async function load(databaseUrl) {
  const started = performance.now();
  const db = await connect(databaseUrl);
  try {
    await db.query(`
    INSERT INTO agencies (code, name, kind, search_text, version)
    SELECT 'thu-tai-' || i, 'Đơn vị thử tải ' || i, 'department', 'don vi thu tai ' || i, 1
      FROM generate_series(1, GREATEST(0, ${AGENCIES} - (SELECT count(*) FROM agencies WHERE valid_to IS NULL))) AS i`);
    await db.query(`
    INSERT INTO plans (kind, status, title, year, number, issued_on, search_text, version)
    SELECT 'yearly', 'in_implementation', 'Kế hoạch thử tải tổng hợp ' || y, y, '1/KH-TH' || y, make_date(y, 1, 5), 'ke hoach thu tai tong hop', 1
      FROM unnest(ARRAY[${YEARS.join(',')}]) AS y`);
    await db.query(`
    WITH a AS (SELECT id FROM agencies WHERE valid_to IS NULL ORDER BY code = 'so-tu-phap' DESC, code LIMIT ${AGENCIES})
    INSERT INTO report_obligations (plan_id, agency_id, period, period_start, period_end, due_on)
    SELECT p.id, a.id, 'month', make_date(p.year, m, 1), (make_date(p.year, m, 1) + interval '1 month - 1 day')::date,
           (make_date(p.year, m, 1) + interval '1 month 14 days')::date
      FROM plans p CROSS JOIN a CROSS JOIN generate_series(1, 12) AS m
     WHERE p.title LIKE 'Kế hoạch thử tải tổng hợp%'`);
    await db.query(`
    INSERT INTO reports (obligation_id, agency_id, status, submitted_at, last_submitted_at, figures, task_entries, situation, version)
    SELECT o.id, o.agency_id,
           CASE WHEN n % 10 = 0 THEN 'submitted' ELSE 'accepted' END,
           (o.due_on - (n % 7 - 2)::int)::timestamptz, (o.due_on - (n % 7 - 2)::int)::timestamptz,
           (SELECT jsonb_agg(jsonb_build_object('indicator', (ARRAY[${CODES.map((c) => `'${c}'`).join(',')}])[1 + k % 8], 'value', (k * 7 + n) % 100)) FROM generate_series(0, 7) AS k),
           jsonb_build_array(jsonb_build_object('taskId', gen_random_uuid(), 'taskText', 'Nhiệm vụ thử tải', 'done', 'Đã thực hiện trong tháng', 'status', 'in_progress',
             'figures', (SELECT jsonb_agg(jsonb_build_object('indicator', (ARRAY[${CODES.map((c) => `'${c}'`).join(',')}])[1 + k % 8], 'value', (k * 3 + n) % 50)) FROM generate_series(8, 19) AS k))),
           'Tình hình ổn định.', 1
      FROM (SELECT o.*, row_number() OVER (ORDER BY o.period_start, ag.code) AS n FROM report_obligations o JOIN plans p ON p.id = o.plan_id JOIN agencies ag ON ag.id = o.agency_id WHERE p.title LIKE 'Kế hoạch thử tải tổng hợp%') AS o`);
    await db.query('ANALYZE');
    const [{ n }] = (
      await db.query(
        `SELECT count(*)::int AS n FROM reports r JOIN report_obligations o ON o.id = r.obligation_id JOIN plans p ON p.id = o.plan_id WHERE p.title LIKE 'Kế hoạch thử tải tổng hợp%'`,
      )
    ).rows;
    console.log(
      `loaded ${n} reports (${YEARS.length} years × ${AGENCIES} agencies × 12 months, 20 figures each) in ${fmt((performance.now() - started) / 1000)} s`,
    );
  } finally {
    await db.end();
  }
}

/** The API on one database, loaded, and every case timed: [name, { p50, p95, bytes }] in order. */
async function measure(target) {
  console.log(`\ndatabase: ${target.name}`);
  const env = {
    ...process.env,
    APP_MODE: 'demo',
    LOG_LEVEL: 'silent',
    JOBS_ENABLED: 'false',
    DATABASE_URL: target.url,
  };
  const port = await freePort();
  const api = spawn(process.execPath, [path.join(root, 'apps', 'api', 'dist', 'main.js')], {
    cwd: root,
    env: { ...env, API_PORT: String(port), DB_POOL_SIZE: '10' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/health`, api);
    await load(target.url);

    async function cookieOf(username) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'demo12345' }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
      return res.headers.get('set-cookie').split(';')[0];
    }
    const office = await cookieOf('thuongtruc');
    const officer = await cookieOf('tuphap');

    /** Sequential requests (one at a time, as a person clicks): median and p95 in ms. */
    async function time(pathAndQuery, cookie) {
      const one = async () => {
        const t0 = performance.now();
        const res = await fetch(`${base}${pathAndQuery}`, { headers: cookie ? { cookie } : {} });
        const body = await res.arrayBuffer();
        if (!res.ok) throw new Error(`${pathAndQuery}: ${res.status}`);
        return { ms: performance.now() - t0, bytes: body.byteLength };
      };
      for (let i = 0; i < 3; i += 1) await one();
      const runs = [];
      for (let i = 0; i < ROUNDS; i += 1) runs.push(await one());
      const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
      return {
        p50: sorted[Math.floor(sorted.length / 2)],
        p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))],
        bytes: runs[0].bytes,
      };
    }

    const first = YEARS[0];
    const last = YEARS[YEARS.length - 1];
    const cases = [
      ['GET /api/health (baseline)', '/api/health', null],
      [
        'one agency-month (officer, baseline)',
        `/api/consolidation?from=${first}-03-01&to=${first}-03-31&parts=none`,
        officer,
      ],
      [
        'one month, all agencies',
        `/api/consolidation?from=${first}-03-01&to=${first}-03-31&parts=none`,
        office,
      ],
      [
        'one year, all agencies',
        `/api/consolidation?from=${first}-01-01&to=${first}-12-31&parts=none`,
        office,
      ],
      [
        '5 years × 40 agencies × 12 months',
        `/api/consolidation?from=${first}-01-01&to=${last}-12-31&parts=none`,
        office,
      ],
      [
        '5 years, with every part (parts=all)',
        `/api/consolidation?from=${first}-01-01&to=${last}-12-31`,
        office,
      ],
      [
        "5 years, one total's parts (first page)",
        `/api/consolidation/parts?from=${first}-01-01&to=${last}-12-31&indicator=participants`,
        office,
      ],
      [
        '5 years, narrative and draft',
        `/api/consolidation/narrative?from=${first}-01-01&to=${last}-12-31`,
        office,
      ],
      [
        '5 years, Excel export',
        `/api/consolidation/export.xlsx?from=${first}-01-01&to=${last}-12-31`,
        office,
      ],
    ];
    const results = [];
    for (const [name, q, cookie] of cases) results.push([name, await time(q, cookie)]);
    const agencyMonth = results[1][1];
    console.log(
      `\n${ROUNDS} sequential requests each, ${target.name} (goal: the 5-year consolidation ≤ ${GOAL_MS} ms)`,
    );
    console.log(
      '  request                                  p50 ms   p95 ms     KiB   p50 vs one agency-month',
    );
    for (const [name, r] of results) {
      console.log(
        `  ${name.padEnd(40)} ${fmt(r.p50, 1).padStart(6)}   ${fmt(r.p95, 1).padStart(6)}  ${fmt(r.bytes / 1024, 0).padStart(6)}   ×${fmt(r.p50 / agencyMonth.p50, 1)}`,
      );
    }
    return results;
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r)));
  }
}

const summary = [];
for (const kind of DATABASES) {
  const target =
    kind === 'server' ? await serverTarget() : kind === 'embedded' ? await embeddedTarget() : null;
  if (!target) continue;
  try {
    const results = await measure(target);
    summary.push([target.name, results[4][1], results[1][1]]);
  } finally {
    await target.drop();
  }
}
console.log(`\n5-year consolidation (goal ≤ ${GOAL_MS} ms on each database)`);
console.log('  database                  p50 ms   p95 ms   vs one agency-month   goal');
for (const [name, fiveYears, agencyMonth] of summary) {
  console.log(
    `  ${name.padEnd(24)} ${fmt(fiveYears.p50, 1).padStart(7)}  ${fmt(fiveYears.p95, 1).padStart(7)}   ×${fmt(fiveYears.p50 / agencyMonth.p50, 1).padEnd(19)} ${fiveYears.p50 <= GOAL_MS ? 'met' : 'missed'}`,
  );
}
