// Serves the whole product on one origin, the same path layout as the production reverse proxy
// (infra/proxy): the portal at /, the admin panel at /admin/, the API at /api. The API and the portal run as
// child processes on private loopback ports; this process only routes and serves the admin's static build.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fail = (message) => {
  process.stderr.write(`Lỗi: ${message}\n`);
  process.exit(1);
};

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT="${process.env.PORT}" không phải số cổng hợp lệ.`);
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
const adminDist = path.join(root, 'apps', 'admin', 'dist');

for (const file of ['apps/api/dist/main.js', 'apps/portal/dist/server.js', 'apps/admin/dist/index.html']) {
  if (!existsSync(path.join(root, file))) fail(`thiếu ${file} — chạy "npm start" để cài đặt và build.`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address();
      server.close(() => resolve(p));
    });
  });
}

// Bind the public port first so "port in use" is one clear line before anything else starts; until the
// services are up, requests are answered 503 rather than left hanging.
let route = (_req, res) => {
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' });
  res.end('Hệ thống đang khởi động, vui lòng thử lại sau giây lát.');
};
const gateway = http.createServer((req, res) => route(req, res));
await new Promise((resolve) => {
  gateway.once('error', (error) => {
    if (error.code === 'EADDRINUSE') fail(`cổng ${port} đang được dùng bởi chương trình khác (đặt PORT=… để chọn cổng khác).`);
    fail(`không mở được cổng ${port}: ${error.message}`);
  });
  gateway.listen(port, resolve);
});

const apiPort = await freePort();
const portalPort = await freePort();
const children = [];

function startChild(name, script, env) {
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, script)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  child.on('exit', (code, signal) => {
    if (shuttingDown) return;
    // A failing service has already said why in one line; only an unexplained stop needs ours.
    if (!code) process.stderr.write(`Lỗi: ${name} đã dừng (${signal ?? 'mã 0'}).\n`);
    shutdown(code || 1);
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  gateway.close();
  setTimeout(() => process.exit(code), 200).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() =>
    process.exit(code),
  );
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

startChild('API', 'apps/api/dist/main.js', { API_PORT: String(apiPort), API_HOST: '127.0.0.1', DATA_DIR: dataDir });

async function waitHealthy(url, child) {
  for (;;) {
    if (child.exitCode !== null) return;
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}
await waitHealthy(`http://127.0.0.1:${apiPort}/api/health`, children[0]);
const portal = startChild('Portal', 'apps/portal/dist/server.js', {
  PORTAL_PORT: String(portalPort),
  PORTAL_HOST: '127.0.0.1',
  API_URL: `http://127.0.0.1:${apiPort}`,
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
});
await waitHealthy(`http://127.0.0.1:${portalPort}/healthz`, portal);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

function serveAdmin(req, res) {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/admin') {
    res.writeHead(301, { location: '/admin/' });
    return res.end();
  }
  const relative = decodeURIComponent(url.pathname.slice('/admin/'.length));
  let file = path.join(adminDist, relative);
  if (!file.startsWith(adminDist) || !existsSync(file) || statSync(file).isDirectory()) {
    file = path.join(adminDist, 'index.html'); // single-page app: every unknown path is the app
  }
  const immutable = relative.startsWith('assets/');
  const stream = createReadStream(file);
  stream.once('open', () => {
    res.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    stream.pipe(res);
  });
  // The build can be replaced while we serve it: a vanished file is a 404, never a crash.
  stream.once('error', () => {
    if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Không tìm thấy.');
  });
}

function proxy(req, res, targetPort) {
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: targetPort,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '', 'x-forwarded-proto': 'http' },
    },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Dịch vụ tạm thời không phản hồi.');
  });
  req.pipe(upstream);
}

route = (req, res) => {
  const pathname = (req.url ?? '/').split('?')[0];
  const lower = pathname.toLowerCase();
  if (lower === '/api' || lower.startsWith('/api/')) return proxy(req, res, apiPort);
  if (lower === '/admin' || lower.startsWith('/admin/')) return serveAdmin(req, res);
  return proxy(req, res, portalPort);
};

process.stderr.write(
  `\nSẵn sàng / Ready: http://localhost:${port}/  ·  quản trị /admin/  ·  API /api  ·  tài liệu API /api/docs\n\n`,
);
