// Foundation benchmark: cold `npm start` to healthy on an installed tree, and GET /api/health throughput on
// the embedded database vs. the real PostgreSQL, against a bare Node HTTP server as the same-run baseline.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
  const child = spawn(process.execPath, ['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${port})`], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${port}/`, child);
  const seconds = (performance.now() - started) / 1000;
  await stop(child);
  return seconds;
}

async function apiThroughput(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'apps', 'api', 'dist', 'main.js')], {
    cwd: root,
    env: { ...quietEnv, ...env, API_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/api/health`;
  await waitFor(url, child);
  await load(url, { seconds: 1 }); // warm-up
  const result = await load(url, { seconds: 5 });
  await stop(child);
  return result;
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
  dirs.push(dir);
  return dir;
};

try {
  const baseline = await baselineServerStart();
  const coldDir = temp();
  const cold = await timeStart(coldDir);
  const warm = await timeStart(coldDir);
  console.log('npm start → healthy (installed tree, embedded database)');
  console.log(`  bare Node HTTP server start (baseline)  ${fmt(baseline, 2)} s`);
  console.log(`  cold start (new data dir, migrate, seed) ${fmt(cold, 2)} s   ×${fmt(cold / baseline)} baseline`);
  console.log(`  warm restart (same data dir)             ${fmt(warm, 2)} s   ×${fmt(warm / baseline)} baseline`);

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
  console.log('\nGET /api/health, 20 concurrent keep-alive clients, 5 s');
  console.log('  server                      req/s     p50 ms   p95 ms   errors   vs bare Node');
  const row = (name, r) =>
    console.log(
      `  ${name.padEnd(26)} ${fmt(r.rps, 0).padStart(7)}   ${fmt(r.p50, 2).padStart(6)}   ${fmt(r.p95, 2).padStart(6)}   ${String(r.errors).padStart(6)}   ×${fmt(r.rps / bareResult.rps, 3)}`,
    );
  row('bare Node (baseline)', bareResult);
  row('API, embedded PGlite', embedded);
  if (real) {
    row('API, PostgreSQL server', real);
    console.log(`  embedded / server throughput ratio: ${fmt(embedded.rps / real.rps, 2)}`);
  } else {
    console.log('  (no PostgreSQL server answered: the server row is missing)');
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
