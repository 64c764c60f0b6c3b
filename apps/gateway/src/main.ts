// The process entry point behind `npm start` / `npm run serve`, and the only place that reads process.env.
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGatewayConfig } from './config.js';
import { createGateway } from './gateway.js';
import { ChildStartError, SupervisedChild } from './supervisor.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const log = (line: string) => void process.stderr.write(`${line}\n`);
const fail = (message: string): never => {
  log(`Lỗi: ${message}`);
  process.exit(1);
};

const parsed = parseGatewayConfig(process.env);
if (!parsed.ok) fail(parsed.message);
const config = parsed.ok ? parsed.config : fail('unreachable');

const apiScript = path.join(root, 'apps', 'api', 'dist', 'main.js');
const portalScript = path.join(root, 'apps', 'portal', 'dist', 'server.js');
const adminDist = path.join(root, 'apps', 'admin', 'dist');
for (const file of [apiScript, portalScript, path.join(adminDist, 'index.html')]) {
  if (!existsSync(file))
    fail(`thiếu ${path.relative(root, file)} — chạy "npm start" (hoặc "npm run build") để cài đặt và build.`);
}

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

const gateway = createGateway({
  adminDist,
  trustProxy: config.TRUST_PROXY,
  upstreamTimeoutMs: config.GATEWAY_UPSTREAM_TIMEOUT_MS,
  pageCacheMs: config.GATEWAY_PAGE_CACHE_MS,
  log,
});

// Bind the public port first so "port in use" is one clear line before anything else starts; until the
// services are up, proxied requests are answered 503 rather than left hanging.
await new Promise<void>((resolve) => {
  gateway.server.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      fail(`cổng ${config.PORT} đang được dùng bởi chương trình khác (đặt PORT=… để chọn cổng khác).`);
    }
    fail(`không mở được cổng ${config.PORT}: ${error.message}`);
  });
  if (config.GATEWAY_HOST) gateway.server.listen(config.PORT, config.GATEWAY_HOST, resolve);
  else gateway.server.listen(config.PORT, resolve);
});

const apiPort = await freePort();
const portalPort = await freePort();
const services: SupervisedChild[] = [];

let shuttingDown = false;
async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  gateway.server.close();
  gateway.server.closeAllConnections();
  await Promise.all(services.map((service) => service.stop()));
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const supervisor = { log, onFatal: (code: number) => void shutdown(code) };
const baseEnv = { ...process.env };

async function startService(service: SupervisedChild): Promise<void> {
  services.push(service);
  try {
    await service.start();
  } catch (error) {
    // The service has already said why in one line; only an unexplained stop needs ours.
    const code = error instanceof ChildStartError ? error.code : 1;
    if (!code && error instanceof ChildStartError) log(`Lỗi: ${error.service} đã dừng (mã 0).`);
    await shutdown(code || 1);
  }
}

await startService(
  new SupervisedChild(
    {
      name: 'API',
      script: apiScript,
      cwd: root,
      env: {
        ...baseEnv,
        API_PORT: String(apiPort),
        API_HOST: '127.0.0.1',
        DATA_DIR: path.resolve(root, config.DATA_DIR),
      },
      healthUrl: `http://127.0.0.1:${apiPort}/api/health`,
    },
    supervisor,
  ),
);
await startService(
  new SupervisedChild(
    {
      name: 'Portal',
      script: portalScript,
      cwd: root,
      env: {
        ...baseEnv,
        PORTAL_PORT: String(portalPort),
        PORTAL_HOST: '127.0.0.1',
        API_URL: `http://127.0.0.1:${apiPort}`,
        PUBLIC_URL: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
      },
      healthUrl: `http://127.0.0.1:${portalPort}/healthz`,
    },
    supervisor,
  ),
);
gateway.setUpstreams({ api: apiPort, portal: portalPort });

log(
  `\nSẵn sàng / Ready: http://localhost:${config.PORT}/  ·  quản trị /admin/  ·  API /api  ·  tài liệu API /api/docs\n`,
);
