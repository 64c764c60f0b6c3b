import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * The portal's public pages, kept for about a second (a microcache, as nginx setups in front of news sites do):
 * while a page is read many times a second, the gateway answers from memory instead of passing each request
 * through a second HTTP hop to the portal process — the hop that halves what the machine serves. Publishing
 * shows within the portal's own few seconds plus this one.
 *
 * Only what a shared cache may keep is kept: answers to plain GETs (no cookie, no credentials, not conditional
 * or partial) that are 200, `Cache-Control: public` without `private`/`no-store`/`no-cache`, set no cookie and
 * vary by nothing but Accept-Encoding (the key includes it). Anything else passes through untouched. A page
 * answered from memory does not reach the portal's request log.
 */
export type PageCacheOptions = { ttlMs: number; maxEntries?: number; maxBodyBytes?: number };

type Entry = {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  storedAt: number;
  expiresAt: number;
};

// Request headers that make an answer personal or partial: such requests always go to the portal.
const PERSONAL = ['cookie', 'authorization', 'if-none-match', 'if-modified-since', 'range'] as const;

const maxAgeMs = (cacheControl: string): number | null => {
  const directives = cacheControl.toLowerCase().split(',');
  let maxAge: number | null = null;
  let shared = false;
  for (const raw of directives) {
    const [name = '', value] = raw.trim().split('=');
    if (name === 'private' || name === 'no-store' || name === 'no-cache') return null;
    if (name === 'public') shared = true;
    if (name === 'max-age' || name === 's-maxage') {
      const seconds = Number(value);
      if (!Number.isInteger(seconds) || seconds <= 0) return null;
      maxAge = Math.min(maxAge ?? Infinity, seconds * 1000);
    }
  }
  return shared && maxAge !== null ? maxAge : null;
};

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly maxBodyBytes: number;

  constructor(private readonly options: PageCacheOptions) {
    this.maxEntries = options.maxEntries ?? 500;
    this.maxBodyBytes = options.maxBodyBytes ?? 512 * 1024;
  }

  /** The request's key, or null when its answer must come from the portal. */
  keyOf(request: IncomingMessage): string | null {
    if (this.options.ttlMs <= 0 || request.method !== 'GET') return null;
    const headers = request.headers;
    for (const name of PERSONAL) if (headers[name] !== undefined) return null;
    return `${headers['accept-encoding'] ?? ''}\n${request.url ?? '/'}`;
  }

  /** Answers from the cache when it holds a fresh copy; false otherwise. */
  serve(key: string, response: ServerResponse, now = Date.now()): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return false;
    }
    response.writeHead(entry.status, {
      ...entry.headers,
      age: String(Math.floor((now - entry.storedAt) / 1000)),
      // Each answer its own id, as the portal gives one (the stored answer's belongs to another request).
      'x-correlation-id': randomUUID(),
    });
    response.end(entry.body);
    return true;
  }

  /**
   * Keeps a copy of the portal's answer as it streams through, when it may be shared; the caller still pipes it
   * to the client. `headers` are the ones passed on (hop-by-hop ones already dropped).
   */
  offer(key: string, incoming: IncomingMessage, headers: OutgoingHttpHeaders, now = Date.now()): void {
    if (incoming.statusCode !== 200 || incoming.headers['set-cookie'] !== undefined) return;
    const vary = (incoming.headers.vary ?? '').toLowerCase().replace(/\s+/g, '');
    if (vary !== '' && vary !== 'accept-encoding') return;
    const maxAge = maxAgeMs(incoming.headers['cache-control'] ?? '');
    if (maxAge === null) return;
    const chunks: Buffer[] = [];
    let size = 0;
    let kept = true;
    incoming.on('data', (chunk: Buffer) => {
      if (!kept) return;
      size += chunk.length;
      if (size > this.maxBodyBytes) {
        kept = false;
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    incoming.on('end', () => {
      // An answer cut short never ends cleanly ('aborted' instead), so what is stored is whole.
      if (!kept || !incoming.complete) return;
      if (this.entries.size >= this.maxEntries) {
        // The oldest key goes first (a Map keeps insertion order).
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      // Replayed whole: framed by its length, whatever framing the portal chose.
      const replayed: OutgoingHttpHeaders = { ...headers, 'content-length': size };
      delete replayed['transfer-encoding'];
      delete replayed['x-correlation-id'];
      this.entries.delete(key);
      this.entries.set(key, {
        status: 200,
        headers: replayed,
        body: Buffer.concat(chunks, size),
        storedAt: now,
        expiresAt: now + Math.min(this.options.ttlMs, maxAge),
      });
    });
  }
}
