import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Hono } from 'hono';
import { ApiUnavailableError } from './api/api-http.js';
import type { ArticlesApi } from './api/articles.client.js';
import type { CampaignsApi } from './api/campaigns.client.js';
import type { DocumentsApi } from './api/documents.client.js';
import type { PortalEnv } from './app-env.js';
import { languageOfPath } from './i18n/paths.js';
import type { Logger } from './logger.js';
import { createPageCache } from './page-cache.js';
import { CACHE_NONE } from './routes/cache-control.js';
import { registerPageRoutes, respondNotFound } from './routes/pages.routes.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { UnavailableView } from './views/error.view.js';
import { renderDocument } from './views/render.js';
import type { Site } from './views/site.js';

export type AppDeps = {
  api: ArticlesApi;
  documents: DocumentsApi;
  campaigns: CampaignsApi;
  site: Site;
  logger: Logger;
  /** Rendered pages reused while fresh and served stale when the API fails; none when both are 0. */
  cache?: { freshMs: number; staleMs: number };
};

export type PortalApp = Hono<PortalEnv> & {
  invalidatePages: () => void;
  /** Answers a request from the page cache at the socket; false when it needs the app. */
  serveCached: (req: IncomingMessage, res: ServerResponse) => boolean;
};

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The caller's correlation id when it is well-formed, a new one otherwise. */
const correlationIdOf = (incoming: string | undefined) =>
  incoming && CORRELATION_ID.test(incoming) ? incoming : randomUUID();

type RequestLine = { correlationId: string; method: string; path: string; status: number; ms: number };
type AppFailure = PortalEnv['Variables']['failure'];

// An unreachable API is an expected outage: one short reason, not a stack per request. Anything else is a bug
// and keeps its stack.
function describeFailure(error: unknown): unknown {
  if (!(error instanceof ApiUnavailableError)) return error;
  const cause =
    error.cause instanceof Error
      ? error.cause.cause instanceof Error
        ? error.cause.cause
        : error.cause
      : undefined;
  return {
    type: error.name,
    reason: error.reason,
    message: error.message,
    ...(cause ? { cause: cause.message } : {}),
  };
}

/** The portal as a fetch handler: middleware, pages, 404 and the friendly 503. */
export function createApp({
  api,
  documents,
  campaigns,
  site,
  logger,
  cache = { freshMs: 0, staleMs: 0 },
}: AppDeps): PortalApp {
  const app = new Hono<PortalEnv>();
  const pages = createPageCache(cache);

  // One log line per request, written once the response is known (errors ride on the same line).
  const logRequest = (line: RequestLine, failure: AppFailure | undefined, stale: boolean) => {
    const full = {
      ...line,
      ...(stale ? { stale: true } : {}),
      ...(failure ? { err: describeFailure(failure.error) } : {}),
    };
    if (failure && line.status >= 500) logger.error(full, 'request failed');
    // A page served from the cache because the API failed: readers got content, operators must still know.
    else if (stale) logger.warn(full, 'served stale (stale-if-error)');
    else logger.info(full, 'request');
  };

  app.use(async (c, next) => {
    const started = performance.now();
    const correlationId = correlationIdOf(c.req.header('x-correlation-id'));
    c.set('correlationId', correlationId);
    c.set('requestContext', { correlationId });
    await next();
    // The path only: search words readers type stay out of the logs.
    logRequest(
      {
        correlationId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      c.get('failure'),
      c.get('servedStale') === true || c.get('requestContext').stale === true,
    );
  });

  // Compression (brotli or gzip), ETag/304 and the page cache in one place. It sits outside the security headers,
  // so a cached page keeps the headers it was rendered with and a hit costs a lookup.
  app.use(pages.middleware);
  app.use(async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    c.res.headers.set('x-correlation-id', c.get('correlationId'));
  });

  app.get('/healthz', (c) => {
    c.header('cache-control', CACHE_NONE);
    return c.text('ok');
  });

  app.get('/robots.txt', (c) => {
    c.header('cache-control', 'public, max-age=86400');
    return c.text(
      `User-agent: *\nAllow: /\nDisallow: /xem-truoc/\n\nSitemap: ${site.publicUrl}/sitemap.xml\n`,
    );
  });

  registerPageRoutes(app, { api, documents, campaigns, site });

  app.notFound((c) => respondNotFound(c, site, languageOfPath(c.req.path)));

  app.onError(async (error, c) => {
    const status = error instanceof ApiUnavailableError ? 503 : 500;
    c.set('failure', { error, status });
    c.header('cache-control', CACHE_NONE);
    if (status === 503) c.header('retry-after', '30');
    const html = await renderDocument(<UnavailableView site={site} lang={languageOfPath(c.req.path)} />);
    return c.html(html, status);
  });

  /**
   * The hit path at the socket: a fresh page is written straight from the cache, without building a request and a
   * response object for it (the bulk of a hit's cost). Same headers, same log line; false when the page has to be
   * rendered, and the request goes through the app.
   */
  const serveCached = (req: IncomingMessage, res: ServerResponse): boolean => {
    const started = performance.now();
    const url = req.url ?? '';
    if (url.charCodeAt(0) !== 47 || !req.headers.host) return false;
    const answer = pages.lookup({
      method: req.method ?? '',
      key: url,
      acceptEncoding: req.headers['accept-encoding'],
      ifNoneMatch: req.headers['if-none-match'],
    });
    if (!answer) return false;
    const incoming = req.headers['x-correlation-id'];
    const correlationId = correlationIdOf(typeof incoming === 'string' ? incoming : undefined);
    res.writeHead(answer.status, { ...answer.headers, 'x-correlation-id': correlationId });
    res.end(answer.body);
    const query = url.indexOf('?');
    logRequest(
      {
        correlationId,
        method: req.method ?? '',
        path: query < 0 ? url : url.slice(0, query),
        status: answer.status,
        ms: Math.round(performance.now() - started),
      },
      undefined,
      false,
    );
    return true;
  };

  return Object.assign(app, { invalidatePages: pages.invalidate, serveCached });
}
