import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { PortalEnv } from './app-env.js';

/** A ready answer: status, headers as Node writes them, and the bytes (none for HEAD and 304). */
export type CachedAnswer = { status: number; headers: Record<string, string>; body: Uint8Array | null };

type Variant = { headers: Record<string, string>; body: Uint8Array };

type Entry = {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  etag: string;
  at: number;
  generation: number;
  /** Ready-made answers per content encoding ('' = identity), built on first use. */
  variants: Map<string, Variant>;
  /** The headers of a 304, built on first use. */
  notModified?: Record<string, string>;
};

/** A render under way for one page: requests arriving meanwhile share its result instead of rendering again. */
type Render = { generation: number; done: Promise<Entry | null> };

/** What the cache needs to know of a request, whichever server layer asks. */
export type PageRequest = {
  method: string;
  /** Path and query as sent. */
  key: string;
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|ld\+json|xhtml\+xml))/;
// Pages worth keeping: found, redirected, or a known 404 (never an error, never a page made from stale data).
const CACHEABLE_STATUS = new Set([200, 301, 404]);
// Per-request headers: set for each answer, never stored with the page.
const PER_REQUEST = new Set(['content-length', 'etag', 'x-correlation-id']);

export type PageCacheOptions = { freshMs: number; staleMs: number; maxEntries?: number; now?: () => number };

/**
 * Rendered pages kept in memory, compressed once per encoding (brotli or gzip, as the browser accepts) and answered
 * with an ETag (304 when the browser has it). A page is re-rendered once stale or as soon as public content changes;
 * one render per page at a time, the others wait for it (or, when only its age expired, get the copy they would have
 * had a moment earlier). If a render fails (the API is down), the page already seen is served instead, for a
 * bounded time, and the log line is marked `stale`. Pages never seen get the friendly 503.
 */
export function createPageCache({ freshMs, staleMs, maxEntries = 2000, now = Date.now }: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const renders = new Map<string, Render>();
  let generation = 0;

  const store = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  };

  const encodingFor = (entry: Entry, accept: string): string => {
    const type = entry.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
    if (entry.body.length < 512 || !COMPRESSIBLE.test(type)) return '';
    if (/\bbr\b/.test(accept)) return 'br';
    if (/\bgzip\b/.test(accept)) return 'gzip';
    return '';
  };

  // The hit path does no work but lookups: headers and bytes for each encoding are prepared once per page.
  const variantOf = (entry: Entry, encoding: string): Variant => {
    let variant = entry.variants.get(encoding);
    if (variant) return variant;
    const body =
      encoding === 'br'
        ? brotliCompressSync(entry.body, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length },
          })
        : encoding === 'gzip'
          ? gzipSync(entry.body, { level: 9 })
          : entry.body;
    const headers: Record<string, string> = {};
    for (const [name, value] of entry.headers) if (name !== 'vary') headers[name] = value;
    headers.etag = entry.etag;
    headers.vary = 'accept-encoding';
    headers['content-length'] = String(body.length);
    if (encoding) headers['content-encoding'] = encoding;
    variant = { headers, body };
    entry.variants.set(encoding, variant);
    return variant;
  };

  const answerOf = (entry: Entry, request: PageRequest): CachedAnswer => {
    const { ifNoneMatch } = request;
    if (
      ifNoneMatch &&
      entry.status === 200 &&
      ifNoneMatch.split(',').some((tag) => tag.trim() === entry.etag)
    ) {
      if (!entry.notModified) {
        const headers: Record<string, string> = {};
        for (const [name, value] of entry.headers)
          if (name !== 'content-type' && name !== 'vary') headers[name] = value;
        headers.etag = entry.etag;
        headers.vary = 'accept-encoding';
        entry.notModified = headers;
      }
      return { status: 304, headers: entry.notModified, body: null };
    }
    const variant = variantOf(entry, encodingFor(entry, request.acceptEncoding ?? ''));
    return {
      status: entry.status,
      headers: variant.headers,
      body: request.method === 'HEAD' ? null : variant.body,
    };
  };

  const entryOf = (status: number, headers: Headers, body: Uint8Array, at: number, of: number): Entry => ({
    status,
    headers: [...headers.entries()].filter(([name]) => !PER_REQUEST.has(name)),
    body,
    etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
    at,
    generation: of,
    variants: new Map(),
  });

  /** The page as it stands, if it is fresh: what a server layer may send without rendering anything. */
  const lookup = (request: PageRequest): CachedAnswer | null => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const cached = entries.get(request.key);
    if (!cached || cached.generation !== generation) return null;
    const age = now() - cached.at;
    // Only its age expired and someone is already re-rendering it: the copy of a moment ago is still right.
    if (age < freshMs || (renders.get(request.key)?.generation === generation && age < staleMs))
      return answerOf(cached, request);
    return null;
  };

  const toResponse = (answer: CachedAnswer, correlationId: string): Response =>
    new Response(answer.body as ConstructorParameters<typeof Response>[0], {
      status: answer.status,
      headers: { ...answer.headers, 'x-correlation-id': correlationId },
    });

  /** Renders the page, keeps it when it may be reused, and sets the answer; returns the entry kept. */
  const renderInto = async (
    c: Parameters<MiddlewareHandler<PortalEnv>>[0],
    next: () => Promise<void>,
    request: PageRequest,
    // The generation the render started in: a change published meanwhile makes its page old at once.
    of: number,
  ): Promise<Entry | null> => {
    const correlationId = c.get('correlationId');
    const cached = entries.get(request.key);
    const time = now();
    await next();
    const res = c.res;
    const cacheControl = res.headers.get('cache-control') ?? '';
    const failed = res.status >= 500;
    if (failed && cached && time - cached.at < staleMs) {
      c.set('servedStale', true);
      c.res = toResponse(answerOf(cached, request), correlationId);
      return null;
    }
    const servedStaleData = c.get('requestContext')?.stale === true;
    if (!CACHEABLE_STATUS.has(res.status) || cacheControl.includes('no-store') || request.method === 'HEAD') {
      if (!failed && res.body && !res.headers.get('content-encoding')) {
        // Uncached answers (stale data, previews) are still compressed.
        const entry = entryOf(res.status, res.headers, new Uint8Array(await res.arrayBuffer()), time, of);
        c.res = toResponse(answerOf(entry, { ...request, ifNoneMatch: undefined }), correlationId);
      }
      return null;
    }
    const entry = entryOf(res.status, res.headers, new Uint8Array(await res.arrayBuffer()), time, of);
    c.res = toResponse(answerOf(entry, request), correlationId);
    // A page built from data the API could not refresh is served, but not kept as if it were fresh.
    if (servedStaleData) return null;
    store(request.key, entry);
    return entry;
  };

  const middleware: MiddlewareHandler<PortalEnv> = async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    // Path and query as sent: the cache key needs no parsing.
    const url = c.req.url;
    const request: PageRequest = {
      method,
      key: url.slice(url.indexOf('/', url.indexOf('//') + 2)),
      acceptEncoding: c.req.header('accept-encoding'),
      ifNoneMatch: c.req.header('if-none-match'),
    };
    const correlationId = c.get('correlationId');
    const hit = lookup(request);
    if (hit) {
      c.res = toResponse(hit, correlationId);
      return;
    }
    const key = request.key;
    const pending = renders.get(key);
    if (pending && pending.generation === generation) {
      const shared = await pending.done;
      if (shared) {
        c.res = toResponse(answerOf(shared, request), correlationId);
        return;
      }
    }
    let finish: (entry: Entry | null) => void = () => undefined;
    const render: Render = { generation, done: new Promise((resolve) => (finish = resolve)) };
    renders.set(key, render);
    let kept: Entry | null = null;
    try {
      kept = await renderInto(c, next, request, render.generation);
    } finally {
      if (renders.get(key) === render) renders.delete(key);
      finish(kept);
    }
  };

  return {
    middleware,
    lookup,
    /** Public content changed: every page is re-rendered on its next request (old ones remain for outages). */
    invalidate: () => {
      generation += 1;
    },
    size: () => entries.size,
  };
}
