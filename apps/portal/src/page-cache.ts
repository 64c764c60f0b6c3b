import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { PortalEnv } from './app-env.js';

type Variant = { headers: [string, string][]; body: Uint8Array };

type Entry = {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  etag: string;
  at: number;
  generation: number;
  /** Ready-made answers per content encoding ('' = identity), built on first use. */
  variants: Map<string, Variant>;
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|ld\+json|xhtml\+xml))/;
// Pages worth keeping: found, redirected, or a known 404 (never an error, never a page made from stale data).
const CACHEABLE_STATUS = new Set([200, 301, 404]);

export type PageCacheOptions = { freshMs: number; staleMs: number; maxEntries?: number; now?: () => number };

/**
 * Rendered pages kept in memory, compressed once (brotli or gzip, as the browser accepts) and answered with an ETag
 * (304 when the browser has it). A page is re-rendered once stale or as soon as public content changes; if that
 * render fails (the API is down), the page already seen is served instead, for a bounded time, and the log line is
 * marked `stale`. Pages never seen get the friendly 503.
 */
export function createPageCache({ freshMs, staleMs, maxEntries = 2000, now = Date.now }: PageCacheOptions) {
  const entries = new Map<string, Entry>();
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

  // The hit path does no work but a lookup: headers and bytes for each encoding are prepared once per page.
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
    const headers: [string, string][] = [
      ...entry.headers.filter(([name]) => name !== 'vary'),
      ['etag', entry.etag],
      ['vary', 'accept-encoding'],
      ['content-length', String(body.length)],
    ];
    if (encoding) headers.push(['content-encoding', encoding]);
    variant = { headers, body };
    entry.variants.set(encoding, variant);
    return variant;
  };

  const respond = (
    entry: Entry,
    method: string,
    accept: string,
    ifNoneMatch: string | undefined,
  ): Response => {
    if (
      ifNoneMatch &&
      entry.status === 200 &&
      ifNoneMatch.split(',').some((tag) => tag.trim() === entry.etag)
    ) {
      const headers = entry.headers.filter(([name]) => name !== 'content-type' && name !== 'content-length');
      headers.push(['etag', entry.etag], ['vary', 'accept-encoding']);
      return new Response(null, { status: 304, headers });
    }
    const variant = variantOf(entry, encodingFor(entry, accept));
    return new Response(
      method === 'HEAD' ? null : (variant.body as unknown as ConstructorParameters<typeof Response>[0]),
      {
        status: entry.status,
        headers: variant.headers,
      },
    );
  };

  const middleware: MiddlewareHandler<PortalEnv> = async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    // Path and query as sent: the cache key needs no parsing.
    const url = c.req.url;
    const key = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    const accept = c.req.header('accept-encoding') ?? '';
    const ifNoneMatch = c.req.header('if-none-match');
    const cached = entries.get(key);
    const time = now();
    if (cached && cached.generation === generation && time - cached.at < freshMs) {
      c.res = respond(cached, method, accept, ifNoneMatch);
      return;
    }
    await next();
    const res = c.res;
    const cacheControl = res.headers.get('cache-control') ?? '';
    const failed = res.status >= 500;
    if (failed && cached && time - cached.at < staleMs) {
      c.set('servedStale', true);
      c.res = respond(cached, method, accept, ifNoneMatch);
      return;
    }
    const servedStaleData = c.get('requestContext')?.stale === true;
    if (!CACHEABLE_STATUS.has(res.status) || cacheControl.includes('no-store') || method === 'HEAD') {
      if (!failed && res.body && !res.headers.get('content-encoding')) {
        // Uncached answers (stale data, previews) are still compressed.
        const body = new Uint8Array(await res.arrayBuffer());
        const entry: Entry = {
          status: res.status,
          headers: [...res.headers.entries()].filter(([name]) => name !== 'content-length'),
          body,
          etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
          at: time,
          generation,
          variants: new Map(),
        };
        c.res = respond(entry, method, accept, undefined);
      }
      return;
    }
    const body = new Uint8Array(await res.arrayBuffer());
    const entry: Entry = {
      status: res.status,
      headers: [...res.headers.entries()].filter(([name]) => name !== 'content-length' && name !== 'etag'),
      body,
      etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
      at: time,
      generation,
      variants: new Map(),
    };
    // A page built from data the API could not refresh is served, but not kept as if it were fresh.
    if (!servedStaleData) store(key, entry);
    c.res = respond(entry, method, accept, ifNoneMatch);
  };

  return {
    middleware,
    /** Public content changed: every page is re-rendered on its next request (old ones remain for outages). */
    invalidate: () => {
      generation += 1;
    },
    size: () => entries.size,
  };
}
