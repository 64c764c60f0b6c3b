// The public portal under load, as readers reach it (through the gateway, scripts/serve.mjs): home and article pages
// against a static file of the same bytes served by a bare Node server in the same run (50 connections), and
// search latency over 100,000 generated Vietnamese articles on the PostgreSQL server and on the embedded one
// (BENCH_DATABASES=server or =embedded for one). Lighthouse scores when Lighthouse is installed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, freePort, load, waitFor } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(path.join(root, 'apps', 'api', 'package.json'))('pg');
const { foldDiacritics } = await import(
  pathToFileURL(path.join(root, 'packages', 'domain', 'dist', 'text', 'index.js')).href
);
const SERVER = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
// BENCH_DATABASES=server or =embedded runs the search part on one of them only.
const DATABASES = (process.env.BENCH_DATABASES ?? 'server,embedded').split(',').map((s) => s.trim());

// Words of real outreach articles: the generated bodies read like Vietnamese, with every diacritic.
const WORDS =
  `nhân quyền bảo đảm quyền con người công an tỉnh ban chỉ đạo tuyên truyền pháp luật đồng bào dân tộc
  thiểu số tôn giáo tín ngưỡng an sinh xã hội trẻ em người cao tuổi người khuyết tật phụ nữ bình đẳng giới giảm nghèo
  bền vững hội nghị tập huấn cán bộ cơ sở xã phường huyện thành phố kế hoạch nhiệm vụ trọng tâm báo cáo kết quả thực hiện
  chính sách nhà nước nhân dân đoàn thể mặt trận tổ quốc thông tin đối ngoại báo chí phát thanh truyền hình đấu tranh phản
  bác luận điệu sai trái xuyên tạc khiếu nại tố cáo tiếp công dân trợ giúp pháp lý miễn phí giáo dục y tế việc làm nhà ở
  đất đai môi trường an ninh trật tự hợp tác quốc tế liên hợp quốc hiến pháp luật nghị định chỉ thị hướng dẫn triển khai
  thành tựu nổi bật tích cực chủ động phối hợp chặt chẽ hiệu quả thiết thực kịp thời đầy đủ nghiêm túc`
    .split(/\s+/)
    .filter(Boolean);
const FOLDED = WORDS.map((w) => foldDiacritics(w));
// What readers type: common and rare words, with and without diacritics, a number, nothing found.
const SEARCHES = [
  'nhan quyen',
  'tôn giáo',
  'tre em',
  'Công an tỉnh',
  'tro giup phap ly',
  'đồng bào dân tộc thiểu số',
  'khieu nai to cao',
  'hợp tác quốc tế',
  'bai thu tai 4242',
  'phan bac luan dieu sai trai',
  'giảm nghèo bền vững',
  'xyz khongco',
  'an',
  'hien phap',
];

const stop = (child) =>
  child.exitCode !== null
    ? Promise.resolve()
    : (child.kill('SIGTERM'), new Promise((resolve) => child.once('exit', resolve)));

let admin = null;
let dbName = null;
const dataDir = mkdtempSync(path.join(tmpdir(), 'bcdnq-bench-portal-'));
const env = {
  ...process.env,
  APP_MODE: 'demo',
  LOG_LEVEL: 'silent',
  UPLOAD_DIR: path.join(dataDir, 'uploads'),
};
try {
  admin = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 1500 });
  // The server is shared: a connection ended by someone else's maintenance is reported, not a crash.
  admin.on('error', (error) => console.error(`database connection: ${error.message}`));
  await admin.connect();
  dbName = `bcdnq_bench_portal_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(SERVER);
  url.pathname = `/${dbName}`;
  env.DATABASE_URL = url.toString();
} catch {
  console.log(
    'This benchmark needs a PostgreSQL server (DATABASE_URL or 127.0.0.1:5432) for the bulk load: skipped.',
  );
  process.exit(0);
}

const port = await freePort();
const stack = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
  cwd: root,
  env: { ...env, PORT: String(port) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
let staticServer = null;
let directPortal = null;
try {
  await waitFor(`${base}/api/health`, stack);
  await waitFor(`${base}/`, stack);

  // ---- home and article vs the same bytes served statically ----
  const home = Buffer.from(await (await fetch(`${base}/`)).arrayBuffer());
  const articlePath = /href="(\/bai-viet\/[^"]+)"/.exec(home.toString('utf8'))?.[1];
  if (!articlePath) throw new Error('no article link on the home page');
  const article = Buffer.from(await (await fetch(`${base}${articlePath}`)).arrayBuffer());
  const files = mkdtempSync(path.join(tmpdir(), 'bcdnq-bench-static-'));
  writeFileSync(path.join(files, 'home.html'), home);
  writeFileSync(path.join(files, 'article.html'), article);
  // The baseline: a file read from disk on every request and sent whole, as a plain static server does.
  const staticPort = await freePort();
  staticServer = http.createServer((req, res) => {
    const name = req.url === '/article.html' ? 'article.html' : 'home.html';
    const bytes = readFileSync(path.join(files, name));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': bytes.length });
    res.end(bytes);
  });
  await new Promise((resolve) => staticServer.listen(staticPort, '127.0.0.1', resolve));
  const staticBase = `http://127.0.0.1:${staticPort}`;

  // What a reader's phone downloads: the brotli-compressed bytes on the wire.
  const wireBytes = (pagePath) =>
    new Promise((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: pagePath, headers: { 'accept-encoding': 'br' } }, (res) => {
          let n = 0;
          res.on('data', (chunk) => (n += chunk.length));
          res.on('end', () => resolve(n));
        })
        .on('error', reject);
    });
  console.log(
    `\npage weight: home ${home.length} B (${await wireBytes('/')} B brotli), article ${article.length} B (${await wireBytes(articlePath)} B brotli)`,
  );
  // The portal on its own port too, to tell its own cost from the gateway's hop.
  const portalPort = await freePort();
  directPortal = spawn(process.execPath, [path.join(root, 'apps', 'portal', 'dist', 'server.js')], {
    cwd: root,
    env: { ...env, PORTAL_PORT: String(portalPort), API_URL: base, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const direct = `http://127.0.0.1:${portalPort}`;
  await waitFor(`${direct}/healthz`, directPortal);
  const pages = [
    ['home', `${base}/`, `${staticBase}/home.html`, home.length],
    ['article', `${base}${articlePath}`, `${staticBase}/article.html`, article.length],
    ['home (portal direct, no gateway)', `${direct}/`, `${staticBase}/home.html`, home.length],
    ['article (portal direct)', `${direct}${articlePath}`, `${staticBase}/article.html`, article.length],
  ];
  console.log(
    `\nportal vs static file of the same bytes — ${CONNECTIONS} keep-alive connections, ${SECONDS} s each (goal ≥ 50 %, p99 within 3×)`,
  );
  console.log(
    '  page      bytes   static req/s  p99 ms   portal req/s  p99 ms   req/s ratio   p99 ratio   errors',
  );
  for (const [name, portalUrl, staticUrl, bytes] of pages) {
    await load(portalUrl, { concurrency: CONNECTIONS, seconds: 1 });
    const s = await load(staticUrl, { concurrency: CONNECTIONS, seconds: SECONDS });
    const p = await load(portalUrl, { concurrency: CONNECTIONS, seconds: SECONDS });
    console.log(
      `  ${name.padEnd(34)} ${String(bytes).padStart(6)}   ${fmt(s.rps, 0).padStart(12)}  ${fmt(s.p99, 1).padStart(6)}   ${fmt(p.rps, 0).padStart(12)}  ${fmt(p.p99, 1).padStart(6)}   ${fmt((100 * p.rps) / s.rps, 1).padStart(9)} %   ×${fmt(p.p99 / s.p99, 2).padStart(6)}   ${p.errors}`,
    );
  }

  // ---- search over 100,000 generated articles, on the PostgreSQL server (behind the gateway) and the embedded one ----
  if (DATABASES.includes('server')) {
    const n = await loadArticles(env.DATABASE_URL);
    await timeSearch(`search over ${n} articles, PostgreSQL server`, base, true);
  }
  if (DATABASES.includes('embedded')) await searchOnEmbedded();

  // ---- Lighthouse, when installed (npm i -g lighthouse@12.2.3, or LIGHTHOUSE_BIN) and Chromium is at /usr/bin/chromium ----
  // The pages to score, found before anything blocks this process (a synchronous spawn would let the kept-alive
  // connections time out under a fetch).
  const campaignPath = /href="(\/chien-dich\/[^"]+)"/.exec(home.toString('utf8'))?.[1] ?? '/chien-dich';
  const documents = await (await fetch(`${base}/van-ban`)).text();
  const documentPath = /href="(\/van-ban\/[^"]+)"/.exec(documents)?.[1] ?? '/van-ban';
  const LIGHTHOUSE = process.env.LIGHTHOUSE_BIN || 'lighthouse';
  const lighthouse = spawnSync(LIGHTHOUSE, ['--version'], { encoding: 'utf8' });
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (lighthouse.status !== 0) {
    console.log('\nLighthouse: not installed (npm i -g lighthouse@12.2.3 to add the scores)');
  } else {
    console.log(`\nLighthouse ${lighthouse.stdout.trim()} (mobile), ${chrome}`);
    console.log('  page        performance  accessibility  best practices  SEO');
    for (const [name, pagePath] of [
      ['home', '/'],
      ['article', articlePath],
      ['search', '/tim-kiem?q=nhan%20quyen'],
      ['campaign', campaignPath],
      ['document', documentPath],
    ]) {
      const out = path.join(dataDir, `lh-${name}.json`);
      const run = spawnSync(
        LIGHTHOUSE,
        [
          `${base}${pagePath}`,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
          '--only-categories=performance,accessibility,best-practices,seo',
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', timeout: 180_000 },
      );
      if (run.status !== 0) {
        console.log(`  ${name.padEnd(10)}  failed: ${(run.stderr || '').trim().split('\n').pop()}`);
        continue;
      }
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const score = (id) => fmt(100 * (report.categories[id]?.score ?? NaN), 0).padStart(5);
      console.log(
        `  ${name.padEnd(10)}  ${score('performance').padStart(11)}  ${score('accessibility').padStart(13)}  ${score('best-practices').padStart(14)}  ${score('seo')}`,
      );
    }
  }
} finally {
  if (staticServer) staticServer.close();
  if (directPortal) await stop(directPortal);
  await stop(stack);
  if (dbName) {
    // A fresh connection: the first one may have been ended by someone else's maintenance of the shared server.
    const cleanup = new pg.Client({ connectionString: SERVER });
    cleanup.on('error', () => undefined);
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await cleanup.end();
    await admin?.end().catch(() => undefined);
  }
  rmSync(dataDir, { recursive: true, force: true });
}

/** The generated articles, straight into the database; returns how many are published. */
async function loadArticles(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  db.on('error', (error) => console.error(`database connection: ${error.message}`));
  await db.connect();
  try {
    const started = performance.now();
    const batch = 10_000;
    for (let from = 1; from <= ARTICLES; from += batch) {
      const to = Math.min(ARTICLES, from + batch - 1);
      await db.query(
        `INSERT INTO articles (slug, title, lead, body, category, tags, language, status, published_at, search_text, version)
         SELECT 'bai-thu-tai-' || g, title, lead, '<p>' || body || '</p>',
                (ARRAY['tin-tuc','chi-dao-dieu-hanh','thanh-tuu-nhan-quyen','phan-bac','hoi-dap'])[1 + g % 5], '{}', 'vi', 'published',
                now() - make_interval(mins => g), ftitle || ' • ' || flead || ' • ' || fbody, 1
           FROM generate_series($3::int, $4::int) AS g,
           LATERAL (SELECT array_agg(1 + floor(random() * array_length($1::text[], 1))::int + 0 * k) AS ix FROM generate_series(1, 90 + 0 * g) AS k) r,
           LATERAL (SELECT
             'Bài thử tải ' || g || ': ' || array_to_string(ARRAY(SELECT ($1::text[])[i] FROM unnest(r.ix[1:8]) i), ' ') AS title,
             array_to_string(ARRAY(SELECT ($1::text[])[i] FROM unnest(r.ix[9:30]) i), ' ') AS lead,
             array_to_string(ARRAY(SELECT ($1::text[])[i] FROM unnest(r.ix[31:90]) i), ' ') AS body,
             'bai thu tai ' || g || ': ' || array_to_string(ARRAY(SELECT ($2::text[])[i] FROM unnest(r.ix[1:8]) i), ' ') AS ftitle,
             array_to_string(ARRAY(SELECT ($2::text[])[i] FROM unnest(r.ix[9:30]) i), ' ') AS flead,
             array_to_string(ARRAY(SELECT ($2::text[])[i] FROM unnest(r.ix[31:90]) i), ' ') AS fbody) t`,
        [WORDS, FOLDED, from, to],
      );
    }
    // What autovacuum does after a bulk load: the GIN pending list merged, statistics fresh.
    await db.query('VACUUM ANALYZE articles');
    // The load's dirty pages written out now, not by a checkpoint in the middle of the timed searches.
    await db.query('CHECKPOINT').catch(() => undefined);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM articles WHERE status = 'published'`))
      .rows;
    console.log(`\nloaded ${n} published articles (${fmt((performance.now() - started) / 1000)} s)`);
    return n;
  } finally {
    await db.end();
  }
}

/** One reader at a time: every query's first (uncached) search and later pages, through the API and the portal. */
async function timeSearch(title, origin, withPortal) {
  const timings = { api: [], portal: [] };
  for (let round = 0; round < 8; round += 1) {
    for (const q of SEARCHES) {
      const urls = [
        [
          'api',
          `${origin}/api/public/articles?q=${encodeURIComponent(q)}&perPage=10&page=${1 + (round % 3)}`,
        ],
      ];
      if (withPortal)
        urls.push([
          'portal',
          `${origin}/tim-kiem?q=${encodeURIComponent(q)}&page=${1 + (round % 3)}&r=${round}`,
        ]);
      for (const [kind, url] of urls) {
        const t0 = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        timings[kind].push(performance.now() - t0);
      }
    }
  }
  const pct = (list, p) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
  const health = await load(`${origin}/api/health`, { concurrency: 1, seconds: 2 });
  console.log(`${title}, one reader at a time, ${timings.api.length} queries each (goal p95 ≤ 50 ms)`);
  console.log(
    `  API  /api/public/articles?q=   p50 ${fmt(pct(timings.api, 50))} ms   p95 ${fmt(pct(timings.api, 95))} ms   (GET /api/health p50 ${fmt(health.p50)} ms, ratio ×${fmt(pct(timings.api, 95) / health.p50, 1)})`,
  );
  if (withPortal) {
    console.log(
      `  portal /tim-kiem?q=            p50 ${fmt(pct(timings.portal, 50))} ms   p95 ${fmt(pct(timings.portal, 95))} ms`,
    );
  }
}

/**
 * The same search on the embedded PostgreSQL (what `npm start` runs without DATABASE_URL): a throw-away cluster
 * started by the API's own code, an API process on it, the same articles.
 */
async function searchOnEmbedded() {
  const { startEmbeddedPostgres } = await import(
    pathToFileURL(path.join(root, 'apps', 'api', 'dist', 'database', 'embedded-postgres.js')).href
  );
  const embedded = await startEmbeddedPostgres(null, { log: () => undefined });
  const apiPort = await freePort();
  const api = spawn(process.execPath, [path.join(root, 'apps', 'api', 'dist', 'main.js')], {
    cwd: root,
    env: { ...env, DATABASE_URL: embedded.url, API_PORT: String(apiPort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const origin = `http://127.0.0.1:${apiPort}`;
    await waitFor(`${origin}/api/health`, api);
    const n = await loadArticles(embedded.url);
    await timeSearch(`search over ${n} articles, embedded PostgreSQL (API alone)`, origin, false);
  } finally {
    await stop(api);
    await embedded.stop();
  }
}
