import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from './gateway.js';
import { close, eventually, freePort, listen, rawRequest } from './testing/http.js';

type Seen = { url: string; headers: http.IncomingHttpHeaders };

let base: string;
let dist: string;
let seen: Seen[] = [];
// A real HTTP service standing in for the API and the portal: it echoes what it received, or holds the request.
let held: { request: http.IncomingMessage; closed: boolean }[] = [];
const upstream = http.createServer((request, response) => {
  seen.push({ url: request.url ?? '', headers: request.headers });
  const page = /^\/(?:api\/)?page\/([a-z-]+)/.exec(request.url ?? '')?.[1];
  if (page) {
    // A portal-like page whose answer says how it may be cached; the body tells which upstream request made it.
    response.writeHead(page === 'missing' ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': page === 'private' ? 'private, max-age=60' : 'public, max-age=60',
      vary: page === 'vary-cookie' ? 'Cookie' : 'Accept-Encoding',
      'x-correlation-id': `upstream-${seen.length}`,
      ...(page === 'cookie' ? { 'set-cookie': 'sid=1; HttpOnly' } : {}),
    });
    response.end(`<p>${seen.length}</p>`);
    return;
  }
  if (request.url?.startsWith('/api/hold') || request.url?.startsWith('/hold')) {
    const entry = { request, closed: false };
    held.push(entry);
    response.on('close', () => (entry.closed = true));
    return;
  }
  response.writeHead(200, {
    'content-type': 'application/json',
    connection: 'keep-alive',
    'x-upstream': 'yes',
  });
  response.end(JSON.stringify({ url: request.url }));
});
let upstreamPort: number;

async function startGateway(
  options: { trustProxy?: boolean; upstreamTimeoutMs?: number; routed?: boolean; pageCacheMs?: number } = {},
) {
  const gateway = createGateway({
    adminDist: dist,
    trustProxy: options.trustProxy ?? false,
    upstreamTimeoutMs: options.upstreamTimeoutMs ?? 30_000,
    pageCacheMs: options.pageCacheMs ?? 0,
    log: () => {},
  });
  const port = await listen(gateway.server);
  if (options.routed !== false) gateway.setUpstreams({ api: upstreamPort, portal: upstreamPort });
  return { gateway, port };
}
const running: Gateway[] = [];
async function gatewayOn(options: Parameters<typeof startGateway>[0] = {}): Promise<number> {
  const { gateway, port } = await startGateway(options);
  running.push(gateway);
  return port;
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'bcdnq-gateway-'));
  dist = path.join(base, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>admin</title>');
  writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  mkdirSync(path.join(base, 'dist-secret'));
  writeFileSync(path.join(base, 'dist-secret', 'secret.txt'), 'TOP-SECRET');
  upstreamPort = await listen(upstream);
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((gateway) => close(gateway.server)));
  seen = [];
  held = [];
});
afterAll(async () => {
  await close(upstream);
  rmSync(base, { recursive: true, force: true });
});

describe('malformed URLs', () => {
  it.each(['/admin/%E0%A4%A', '/admin/%', '/admin/%zz', '/admin/x%00'])(
    'answers %s with 400 and keeps serving',
    async (route) => {
      const port = await gatewayOn();
      expect((await rawRequest(port, route)).status).toBe(400);
      expect((await rawRequest(port, '/admin/')).status).toBe(200);
      expect((await rawRequest(port, '/api/health')).status).toBe(200);
    },
  );

  it('passes undecodable API and portal paths on untouched, for the service to judge', async () => {
    const port = await gatewayOn();
    expect(JSON.parse((await rawRequest(port, '/api/%E0%A4%A')).body)).toEqual({ url: '/api/%E0%A4%A' });
    expect(JSON.parse((await rawRequest(port, '/%')).body)).toEqual({ url: '/%' });
  });

  it('refuses an absolute-form request target', async () => {
    const port = await gatewayOn();
    expect((await rawRequest(port, 'http://evil.example/api/users')).status).toBe(400);
    expect(seen).toHaveLength(0);
  });
});

describe('admin files', () => {
  it.each([
    '/admin/../dist-secret/secret.txt',
    '/admin/..%2fdist-secret%2fsecret.txt',
    '/admin/%2e%2e/dist-secret/secret.txt',
    '/admin/assets/..%2f..%2fdist-secret/secret.txt',
  ])('never serves the sibling folder through %s', async (route) => {
    const port = await gatewayOn();
    const response = await rawRequest(port, route);
    expect(response.body).not.toContain('TOP-SECRET');
    expect(response.status).toBe(400);
  });

  it('serves the build: assets immutable, the app for unknown paths, 404 for a missing asset', async () => {
    const port = await gatewayOn();
    const asset = await rawRequest(port, '/admin/assets/app-1.js');
    expect(asset).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const app = await rawRequest(port, '/admin/plans/1/show');
    expect(app).toMatchObject({ status: 200, body: '<!doctype html><title>admin</title>' });
    expect(app.headers['cache-control']).toBe('no-cache');
    // The admin panel runs only its own scripts and is never framed.
    expect(app.headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(app.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(app.headers['x-frame-options']).toBe('DENY');
    expect(app.headers['referrer-policy']).toBe('same-origin');
    expect((await rawRequest(port, '/admin/assets/gone.js')).status).toBe(404);
    expect((await rawRequest(port, '/admin', {})).headers.location).toBe('/admin/');
    expect((await rawRequest(port, '/admin/', { method: 'POST' })).status).toBe(405);
  });

  it('serves the admin while the services are still starting, and answers them 503', async () => {
    const port = await gatewayOn({ routed: false });
    expect((await rawRequest(port, '/admin/')).status).toBe(200);
    const api = await rawRequest(port, '/api/health');
    expect(api.status).toBe(503);
    expect(api.headers['retry-after']).toBe('2');
  });
});

describe('forwarded headers', () => {
  const spoofed = {
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'evil.example',
    forwarded: 'for=203.0.113.7',
    'x-real-ip': '203.0.113.7',
  };

  it('by default replaces what the client claims with what the socket saw', async () => {
    const port = await gatewayOn();
    await rawRequest(port, '/api/auth/me', { headers: { ...spoofed, host: 'bcd.example' } });
    const headers = seen[0]?.headers ?? {};
    expect(headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(headers['x-forwarded-proto']).toBe('http');
    expect(headers['x-forwarded-host']).toBe('bcd.example');
    expect(headers.forwarded).toBeUndefined();
    expect(headers['x-real-ip']).toBeUndefined();
  });

  it('when the proxy in front is trusted, keeps its client address, scheme and host', async () => {
    const port = await gatewayOn({ trustProxy: true });
    await rawRequest(port, '/api/auth/me', { headers: { ...spoofed, host: 'internal:8080' } });
    const headers = seen[0]?.headers ?? {};
    expect(headers['x-forwarded-for']).toBe('203.0.113.7');
    expect(headers['x-forwarded-proto']).toBe('https');
    expect(headers['x-forwarded-host']).toBe('evil.example');
  });

  it('when trusted, believes only the entry the proxy appended, not the client-supplied ones before it', async () => {
    const port = await gatewayOn({ trustProxy: true });
    await rawRequest(port, '/', {
      headers: { 'x-forwarded-for': '10.9.9.9, 198.51.100.4', 'x-forwarded-proto': 'https, http' },
    });
    expect(seen[0]?.headers['x-forwarded-for']).toBe('198.51.100.4');
    expect(seen[0]?.headers['x-forwarded-proto']).toBe('http');
  });

  it('when trusted, falls back to the socket for a value that is not an address', async () => {
    const port = await gatewayOn({ trustProxy: true });
    await rawRequest(port, '/', { headers: { 'x-forwarded-for': 'not-an-ip' } });
    expect(seen[0]?.headers['x-forwarded-for']).toMatch(/127\.0\.0\.1$/);
  });

  it('drops hop-by-hop headers both ways', async () => {
    const port = await gatewayOn();
    const response = await rawRequest(port, '/api/x', {
      headers: { connection: 'x-secret-hop', 'x-secret-hop': '1', te: 'trailers' },
    });
    expect(seen[0]?.headers['x-secret-hop']).toBeUndefined();
    expect(seen[0]?.headers.te).toBeUndefined();
    expect(response.headers['x-upstream']).toBe('yes');
  });
});

describe('page cache', () => {
  const upstreamCalls = (path: string) => seen.filter((s) => s.url === path).length;

  it('answers a shareable portal page from memory for its time, then asks the portal again', async () => {
    const port = await gatewayOn({ pageCacheMs: 300 });
    const first = await rawRequest(port, '/page/public');
    const second = await rawRequest(port, '/page/public');
    expect(second.status).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers.age).toBe('0');
    expect(second.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(upstreamCalls('/page/public')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await rawRequest(port, '/page/public');
    expect(upstreamCalls('/page/public')).toBe(2);
  });

  it('keeps one copy per Accept-Encoding, the encoding the portal chose for it', async () => {
    const port = await gatewayOn({ pageCacheMs: 60_000 });
    await rawRequest(port, '/page/public', { headers: { 'accept-encoding': 'br' } });
    await rawRequest(port, '/page/public', { headers: { 'accept-encoding': 'gzip' } });
    await rawRequest(port, '/page/public', { headers: { 'accept-encoding': 'br' } });
    expect(upstreamCalls('/page/public')).toBe(2);
  });

  it.each([
    ['an API answer', '/api/page/public', {}],
    ['a page that sets a cookie', '/page/cookie', {}],
    ['a private page', '/page/private', {}],
    ['a page that varies by cookie', '/page/vary-cookie', {}],
    ['an error page', '/page/missing', {}],
    ['a request with a cookie (a staff preview)', '/page/public', { cookie: 'sid=abc' }],
    ['a request with credentials', '/page/public', { authorization: 'Basic eDp5' }],
    ['a conditional request', '/page/public', { 'if-none-match': '"x"' }],
  ])('never keeps or serves from memory %s', async (_name, path, headers) => {
    const port = await gatewayOn({ pageCacheMs: 60_000 });
    const first = await rawRequest(port, path, { headers });
    const second = await rawRequest(port, path, { headers });
    expect(second.body).not.toBe(first.body);
    expect(upstreamCalls(path)).toBe(2);
  });

  it('passes every request on when turned off', async () => {
    const port = await gatewayOn({ pageCacheMs: 0 });
    await rawRequest(port, '/page/public');
    await rawRequest(port, '/page/public');
    expect(upstreamCalls('/page/public')).toBe(2);
  });
});

describe('upstream failures', () => {
  it('answers 504 when a service stays silent past the timeout, and keeps serving', async () => {
    const port = await gatewayOn({ upstreamTimeoutMs: 300 });
    expect((await rawRequest(port, '/api/hold')).status).toBe(504);
    expect((await rawRequest(port, '/api/health')).status).toBe(200);
  });

  it('aborts the upstream request when the client goes away', async () => {
    const port = await gatewayOn();
    const client = http.request({ host: '127.0.0.1', port, path: '/api/hold/export.docx', agent: false });
    client.on('error', () => {});
    client.end();
    await eventually(() => held.length === 1);
    client.destroy();
    await eventually(() => held[0]?.closed === true);
  });

  it('answers 503 with Retry-After while a service is down (connection refused)', async () => {
    const { gateway, port } = await startGateway({ routed: false });
    running.push(gateway);
    gateway.setUpstreams({ api: await freePort(), portal: await freePort() });
    const response = await rawRequest(port, '/api/health');
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
  });
});
