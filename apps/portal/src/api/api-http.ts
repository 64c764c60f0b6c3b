/** The request being served, passed on to the API so one reader's visit can be followed through both logs. */
export type RequestContext = { correlationId: string };

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
};

/**
 * `GET url` as JSON with the correlation id and the timeout; every failure becomes an `ApiUnavailableError`
 * (the portal answers 503). With `allowNotFound`, a 404 is `null`.
 */
export type GetJson = (url: URL, context: RequestContext, allowNotFound: boolean) => Promise<unknown>;

export function createGetJson({ timeoutMs, fetch: fetchImpl = fetch }: ApiClientOptions): GetJson {
  return async (url, context, allowNotFound) => {
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
      throw new ApiUnavailableError(`API sent invalid JSON for ${url.pathname}`, 'contract', { cause: error });
    }
  };
}
