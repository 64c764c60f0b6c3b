import type { ApiCache } from './api-cache.js';

/**
 * The request being served: its correlation id goes to the API so one reader's visit can be followed through both
 * logs, and `stale` is set when an answer came from the cache because the API failed (the log line says so).
 */
export type RequestContext = { correlationId: string; stale?: boolean };

/** The API did not answer, answered with an error, or answered outside the contract. */
export class ApiUnavailableError extends Error {
  override readonly name = 'ApiUnavailableError';
  constructor(
    message: string,
    readonly reason: 'network' | 'status' | 'contract',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Where the API lives and how long the portal waits for it; `fetch` is replaceable in tests. */
export type ApiClientOptions = {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  /** Answers kept for reuse and for stale-if-error; none in unit tests of a single client. */
  cache?: ApiCache;
};

/**
 * `GET url` as JSON with the correlation id and the timeout; every failure becomes an `ApiUnavailableError`
 * (the portal answers 503). With `allowNotFound`, a 404 is `null`.
 */
export type GetJson = (url: URL, context: RequestContext, allowNotFound: boolean) => Promise<unknown>;

export function createGetJson({ timeoutMs, fetch: fetchImpl = fetch, cache }: ApiClientOptions): GetJson {
  const fetchJson = async (url: URL, context: RequestContext, allowNotFound: boolean): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers: { accept: 'application/json', 'x-correlation-id': context.correlationId },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ApiUnavailableError(`API unreachable at ${url.origin}`, 'network', { cause: error });
    }
    if (allowNotFound && response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ApiUnavailableError(`API answered ${response.status} for ${url.pathname}`, 'status');
    }
    try {
      return await response.json();
    } catch (error) {
      throw new ApiUnavailableError(`API sent invalid JSON for ${url.pathname}`, 'contract', {
        cause: error,
      });
    }
  };
  if (!cache) return fetchJson;
  return (url, context, allowNotFound) =>
    cache.through(url.href, () => fetchJson(url, context, allowNotFound), context);
}
