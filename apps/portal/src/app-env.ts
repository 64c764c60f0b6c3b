import type { RequestContext } from './api/api-http.js';

/** Per-request values shared by the portal's middleware and routes. */
export type PortalEnv = {
  Variables: {
    correlationId: string;
    /** Passed to every API call of the request; `stale` is set when an answer came from the cache. */
    requestContext: RequestContext;
    /** Set by the error handler so the request's one log line can carry it. */
    failure: { error: unknown; status: number } | undefined;
    /** The page cache answered with a page already seen because rendering failed. */
    servedStale: boolean | undefined;
  };
};
