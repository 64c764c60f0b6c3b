/** Per-request values shared by the portal's middleware and routes. */
export type PortalEnv = {
  Variables: {
    correlationId: string;
    /** Set by the error handler so the request's one log line can carry it. */
    failure: { error: unknown; status: number } | undefined;
  };
};
