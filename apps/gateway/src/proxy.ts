import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import net from 'node:net';
import type { PageCache } from './page-cache.js';

// Headers that describe one connection, not the message: never passed on (RFC 9110 §7.6.1). Transfer-Encoding
// stays: Node frames the body by it on both sides.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade',
]);

function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean),
  );
  const result: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) result[name] = value;
  }
  return result;
}

/** The last element of a comma-separated header: the one the nearest proxy added. */
function lastListValue(value: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(value) ? value.join(',') : value;
  const items = (joined ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.at(-1);
}

export type Forwarded = { for: string; proto: 'http' | 'https'; host: string | undefined };

/**
 * Who the client is, as the API should see it. Untrusted (the default), only this socket's facts count: the
 * peer address, plain HTTP, the Host header — whatever X-Forwarded-* the client sent is discarded. Trusted (one
 * reverse proxy of ours in front), the value that proxy appended is believed: the last X-Forwarded-For entry
 * (earlier ones are the client's own claims), its X-Forwarded-Proto and -Host.
 */
export function resolveForwarded(request: IncomingMessage, trustProxy: boolean): Forwarded {
  const peer = request.socket.remoteAddress ?? '';
  const host = request.headers.host;
  if (!trustProxy) return { for: peer, proto: 'http', host };
  const claimed = lastListValue(request.headers['x-forwarded-for']);
  const proto = lastListValue(request.headers['x-forwarded-proto'])?.toLowerCase();
  return {
    for: claimed && net.isIP(claimed) ? claimed : peer,
    proto: proto === 'https' ? 'https' : 'http',
    host: lastListValue(request.headers['x-forwarded-host']) ?? host,
  };
}

/** The request headers sent upstream: hop-by-hop ones dropped, the forwarding ones replaced by ours. */
export function upstreamHeaders(request: IncomingMessage, trustProxy: boolean): OutgoingHttpHeaders {
  const headers = withoutHopByHop(request.headers);
  // One account of the client, ours: the standard header and the nonstandard alias are never passed on.
  delete headers.forwarded;
  delete headers['x-real-ip'];
  const forwarded = resolveForwarded(request, trustProxy);
  headers['x-forwarded-for'] = forwarded.for;
  headers['x-forwarded-proto'] = forwarded.proto;
  if (forwarded.host) headers['x-forwarded-host'] = forwarded.host;
  else delete headers['x-forwarded-host'];
  return headers;
}

export type ProxyTarget = {
  host: string;
  port: number;
  timeoutMs: number;
  trustProxy: boolean;
  /** Where a shareable answer is kept, under the request's key. */
  cache?: { pages: PageCache; key: string };
};

class UpstreamTimeout extends Error {}

function answer(
  response: ServerResponse,
  status: number,
  message: string,
  extra: OutgoingHttpHeaders = {},
): void {
  if (response.headersSent) {
    // Part of the answer is out: cutting the connection is the only honest signal left.
    response.destroy();
    return;
  }
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...extra,
  });
  response.end(message);
}

/**
 * Passes one request to a service on this machine. A service that refuses the connection (starting, restarting)
 * is a 503 the browser may retry, one that stays silent longer than the timeout a 504, any other failure a 502.
 * A client that goes away aborts the upstream request, so an abandoned export does not keep working.
 */
export function proxyRequest(request: IncomingMessage, response: ServerResponse, target: ProxyTarget): void {
  const upstream = http.request({
    host: target.host,
    port: target.port,
    method: request.method,
    path: request.url,
    headers: upstreamHeaders(request, target.trustProxy),
    timeout: target.timeoutMs,
  });
  upstream.on('timeout', () => upstream.destroy(new UpstreamTimeout()));
  upstream.on('response', (incoming) => {
    const headers = withoutHopByHop(incoming.headers);
    response.writeHead(incoming.statusCode ?? 502, headers);
    target.cache?.pages.offer(target.cache.key, incoming, headers);
    incoming.pipe(response);
    incoming.on('error', () => response.destroy());
    incoming.on('aborted', () => response.destroy());
  });
  upstream.on('error', (error: NodeJS.ErrnoException) => {
    if (response.destroyed) return;
    if (error instanceof UpstreamTimeout) {
      answer(response, 504, 'Dịch vụ phản hồi quá lâu / the service took too long to answer.');
    } else if (error.code === 'ECONNREFUSED') {
      answer(response, 503, 'Dịch vụ đang khởi động lại, vui lòng thử lại sau giây lát.', {
        'retry-after': '2',
      });
    } else {
      answer(response, 502, 'Dịch vụ tạm thời không phản hồi.');
    }
  });
  response.on('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  request.pipe(upstream);
}
