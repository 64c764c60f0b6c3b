// Foundation benchmark: cold and warm `npm start` to healthy on an installed tree (embedded database), and
// throughput on the embedded PostgreSQL vs. the PostgreSQL server: GET /api/health, and a mixed load of
// signed-in sessions (who am I + the task list) where every answer is checked to be the asker's own.
// Baselines of the same run: a bare Node HTTP server (start, throughput) and the server database (ratio).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { fmt, freePort, load, waitFor } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The driver the API uses, resolved from the API package (bench/ has no dependencies of its own).
const pg = createRequire(path.join(root, 'apps', 'api', 'package.json'))('pg');
const LOCAL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const quietEnv = { ...process.env, LOG_LEVEL: 'silent', APP_MODE: 'demo' };

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  child.kill('SIGTERM');
  return new Promise((resolve) => child.once('exit', resolve));
}

async function timeStart(dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'run.mjs'), 'start'], {
    cwd: root,
    env: { ...quietEnv, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${port}/api/health`, child);
  await waitFor(`http://127.0.0.1:${port}/`, child);
  const seconds = (performance.now() - started) / 1000;
  await stop(child);
  return seconds;
}

async function baselineServerStart() {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${port})`],
    { stdio: 'ignore' },
  );
  await waitFor(`http://127.0.0.1:${port}/`, child);
  const seconds = (performance.now() - started) / 1000;
  await stop(child);
  return seconds;
}

const DEMO_USERS = ['admin', 'lanhdao', 'thuongtruc', 'tuphap', 'ngoaivu', 'bientap', 'duyettin'];

async function signIn(base, username) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo12345' }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return { username, cookie: res.headers.get('set-cookie').split(';')[0] };
}

/** `concurrency` clients, each a signed-in demo user, alternating GET /api/auth/me and the task list. */
async function sessionLoad(base, { concurrency = 20, seconds = 5 } = {}) {
  const sessions = [];
  for (let i = 0; i < concurrency; i += 1)
    sessions.push(await signIn(base, DEMO_USERS[i % DEMO_USERS.length]));
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(base);
  const latencies = [];
  let errors = 0;
  let mixups = 0;
  const get = (session, url) =>
    new Promise((resolve) => {
      const started = performance.now();
      const req = http.get(
        { host: target.hostname, port: target.port, path: url, agent, headers: { cookie: session.cookie } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => {
            latencies.push(performance.now() - started);
            if (res.statusCode >= 400) errors += 1;
            resolve({ status: res.statusCode, body });
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve(null);
      });
    });
  const end = performance.now() + seconds * 1000;
  const worker = async (session) => {
    for (let i = 0; performance.now() < end; i += 1) {
      if (i % 2 === 0) {
        const r = await get(session, '/api/auth/me');
        if (r?.status === 200 && JSON.parse(r.body).username !== session.username) mixups += 1;
      } else {
        await get(session, '/api/tasks?perPage=25');
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(sessions.map(worker));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { rps: latencies.length / elapsed, p50: pct(50), p95: pct(95), errors, mixups };
}

async function apiThroughput(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'apps', 'api', 'dist', 'main.js')], {
    cwd: root,
    env: { ...quietEnv, JOBS_ENABLED: 'false', ...env, API_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/api/health`;
  await waitFor(url, child);
  await load(url, { seconds: 1 }); // warm-up
  const health = await load(url, { seconds: 5 });
  await sessionLoad(base, { seconds: 1 }); // warm-up
  const sessions = await sessionLoad(base, { seconds: 5 });
  await stop(child);
  return { health, sessions };
}

async function localServerAnswers() {
  const client = new pg.Client({ connectionString: LOCAL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return client;
  } catch {
    return null;
  }
}

const dirs = [];
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bcdnq-bench-'));
  // Run as root, the embedded server runs as the `postgres` user, who must be able to reach its directory.
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
};

try {
  const baseline = await baselineServerStart();
  const coldDir = temp();
  const cold = await timeStart(coldDir);
  const warm = await timeStart(coldDir);
  console.log('npm start → healthy (installed tree, embedded PostgreSQL)');
  console.log(`  bare Node HTTP server start (baseline)  ${fmt(baseline, 2)} s`);
  console.log(
    `  cold start (initdb, migrate, seed)       ${fmt(cold, 2)} s   ×${fmt(cold / baseline)} baseline`,
  );
  console.log(
    `  warm restart (same data dir)             ${fmt(warm, 2)} s   ×${fmt(warm / baseline)} baseline`,
  );

  const bare = http.createServer((_q, s) => s.end('{"status":"ok"}')).listen(0, '127.0.0.1');
  await new Promise((r) => bare.once('listening', r));
  const bareResult = await load(`http://127.0.0.1:${bare.address().port}/`, { seconds: 3 });
  bare.close();

  const embedded = await apiThroughput({ DATABASE_URL: '', DATA_DIR: temp() });
  let real = null;
  const admin = await localServerAnswers();
  let dbName = null;
  if (admin) {
    dbName = `bcdnq_bench_${Date.now().toString(36)}`;
    await admin.query(`CREATE DATABASE "${dbName}"`);
    const url = new URL(LOCAL);
    url.pathname = `/${dbName}`;
    real = await apiThroughput({ DATABASE_URL: url.toString() });
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
  const row = (name, r, base) =>
    console.log(
      `  ${name.padEnd(26)} ${fmt(r.rps, 0).padStart(7)}   ${fmt(r.p50, 2).padStart(6)}   ${fmt(r.p95, 2).padStart(6)}   ${String(r.errors).padStart(6)}${r.mixups === undefined ? '' : `   ${String(r.mixups).padStart(7)}`}   ×${fmt(r.rps / base.rps, 3)}`,
    );
  console.log('\nGET /api/health, 20 concurrent keep-alive clients, 5 s');
  console.log('  server                      req/s     p50 ms   p95 ms   errors   vs bare Node');
  row('bare Node (baseline)', bareResult, bareResult);
  row('API, embedded PostgreSQL', embedded.health, bareResult);
  if (real) row('API, PostgreSQL server', real.health, bareResult);

  console.log('\n20 signed-in sessions (7 demo users): /api/auth/me and /api/tasks alternately, 5 s');
  console.log('  database                    req/s     p50 ms   p95 ms   errors   mix-ups   vs server');
  const serverBase = real ? real.sessions : embedded.sessions;
  if (real) row('PostgreSQL server (base)', real.sessions, serverBase);
  row('embedded PostgreSQL', embedded.sessions, serverBase);
  if (real) {
    console.log(
      `  embedded / server throughput ratio: health ×${fmt(embedded.health.rps / real.health.rps, 2)}, sessions ×${fmt(embedded.sessions.rps / real.sessions.rps, 2)}`,
    );
  } else {
    console.log('  (no PostgreSQL server answered: the server rows are missing)');
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
