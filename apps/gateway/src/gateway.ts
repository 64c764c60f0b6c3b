import { createReadStream } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { resolveAdminFile } from './admin-files.js';
import { PageCache } from './page-cache.js';
import { proxyRequest } from './proxy.js';

/**
 * The admin panel loads only its own scripts; MUI writes its styles at run time (inline styles allowed); nothing
 * may frame it. The production proxy (infra/docker/Caddyfile) sends the same policy.
 */
export const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export type GatewayOptions = {
  adminDist: string;
  trustProxy: boolean;
  upstreamTimeoutMs: number;
  /** How long the portal's shareable pages are answered from memory (0: never). */
  pageCacheMs: number;
  log: (line: string) => void;
};

/** Loopback ports of the services behind the gateway. */
export type Upstreams = { api: number; portal: number };

export type Gateway = {
  server: http.Server;
  /** Starts routing to the services (until then every proxied path is a 503). */
  setUpstreams(upstreams: Upstreams): void;
};

function plain(
  response: ServerResponse,
  status: number,
  message: string,
  headers: http.OutgoingHttpHeaders = {},
): void {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(message);
}

function serveAdmin(
  request: IncomingMessage,
  response: ServerResponse,
  distDir: string,
  pathname: string,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(response, 405, 'Phương thức không được hỗ trợ.', { allow: 'GET, HEAD' });
  }
  const resolved = resolveAdminFile(distDir, pathname);
  switch (resolved.kind) {
    case 'redirect':
      response.writeHead(301, { location: resolved.location });
      response.end();
      return;
    case 'bad-request':
      return plain(response, 400, 'Đường dẫn không hợp lệ / malformed path.');
    case 'not-found':
      return plain(response, 404, 'Không tìm thấy.');
    case 'file': {
      const stream = createReadStream(resolved.file);
      stream.once('open', () => {
        response.writeHead(200, {
          'content-type': resolved.contentType,
          'cache-control': resolved.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          'x-content-type-options': 'nosniff',
          'content-security-policy': ADMIN_CSP,
          'x-frame-options': 'DENY',
          'referrer-policy': 'same-origin',
        });
        if (request.method === 'HEAD') {
          stream.destroy();
          response.end();
        } else stream.pipe(response);
      });
      // The build can be replaced while we serve it: a vanished file is a 404, never a crash.
      stream.once('error', () => {
        if (!response.headersSent) plain(response, 404, 'Không tìm thấy.');
        else response.destroy();
      });
      response.once('close', () => stream.destroy());
      return;
    }
  }
}

/**
 * The one public origin, laid out as the production reverse proxy (infra/): the API at /api, the admin build at
 * /admin/, the portal at everything else. No request can take it down: a handler that throws is a 500 for that
 * request alone.
 */
export function createGateway(options: GatewayOptions): Gateway {
  let upstreams: Upstreams | null = null;
  const pages = new PageCache({ ttlMs: options.pageCacheMs });

  const route = (request: IncomingMessage, response: ServerResponse): void => {
    const url = request.url ?? '/';
    // Only origin-form targets ("/path?query"); absolute-form or "*" are not for a website.
    if (!url.startsWith('/')) return plain(response, 400, 'Đường dẫn không hợp lệ / malformed path.');
    const pathname = url.split('?')[0] ?? '/';
    const lower = pathname.toLowerCase();
    const admin = lower === '/admin' || lower.startsWith('/admin/');
    if (admin) return serveAdmin(request, response, options.adminDist, pathname);
    if (!upstreams) {
      return plain(response, 503, 'Hệ thống đang khởi động, vui lòng thử lại sau giây lát.', {
        'retry-after': '2',
      });
    }
    const api = lower === '/api' || lower.startsWith('/api/');
    // Only the portal's pages are kept: the API answers sessions and staff, and has its own caching.
    const key = api ? null : pages.keyOf(request);
    if (key !== null && pages.serve(key, response)) return;
    proxyRequest(request, response, {
      host: '127.0.0.1',
      port: api ? upstreams.api : upstreams.portal,
      timeoutMs: options.upstreamTimeoutMs,
      trustProxy: options.trustProxy,
      ...(key !== null ? { cache: { pages, key } } : {}),
    });
  };

  const server = http.createServer((request, response) => {
    try {
      route(request, response);
    } catch (error) {
      options.log(
        `Lỗi: gateway: ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`,
      );
      if (!response.headersSent) plain(response, 500, 'Lỗi hệ thống.');
      else response.destroy();
    }
  });
  return {
    server,
    setUpstreams(next) {
      upstreams = next;
    },
  };
}
