import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';
import { startPortal } from './http-server.js';
import { createLogger } from './logger.js';
import { startFixtureApi } from './testing/fixture-api.js';

/** What one request on a kept-alive connection came to: its status and Connection header, or its error code. */
function outcomeOf(agent: http.Agent, url: URL): Promise<string> {
  return new Promise((resolve) => {
    http
      .get({ host: url.hostname, port: url.port, path: '/', agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(`${response.statusCode} ${response.headers.connection}`));
        response.on('error', (error: NodeJS.ErrnoException) => resolve(`cut ${error.code}`));
      })
      .on('error', (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
  });
}

// A replica replaced in a rolling deploy, behind a proxy whose kept-alive connections are never idle for long.
describe('stopping the portal', () => {
  it('ends busy kept-alive connections after their answer, cuts none, and then stops', async () => {
    const api = await startFixtureApi();
    const parsed = parseConfig({
      API_URL: api.url,
      PUBLIC_URL: 'https://nhanquyen.example.gov.vn',
      LOG_LEVEL: 'error',
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const portal = await startPortal(
      // No cache: every page waits on the API a little, so the connections are busy most of the time.
      { ...parsed.config, PORTAL_PORT: 0, CACHE_FRESH_SECONDS: 0, CACHE_STALE_SECONDS: 0 },
      createLogger({ LOG_LEVEL: 'error' }, { write: () => undefined }),
    );
    const url = new URL(portal.url);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const tally = new Map<string, number>();
    const loads = Array.from({ length: 8 }, async () => {
      for (;;) {
        const outcome = await outcomeOf(agent, url);
        tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
        if (outcome === 'error ECONNREFUSED') return;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      await portal.close();
      await Promise.all(loads);
    } finally {
      agent.destroy();
      await api.close();
    }
    const seen = JSON.stringify(Object.fromEntries(tally));
    expect(tally.get('200 keep-alive'), seen).toBeGreaterThan(0);
    // Answers, a connection closed while idle as a request went out on it (proxies send such a GET again), a refusal
    // at connect: never an answer cut half-way.
    const allowed = new Set(['200 keep-alive', '200 close', 'error ECONNRESET', 'error ECONNREFUSED']);
    expect(
      [...tally.keys()].filter((o) => !allowed.has(o)),
      seen,
    ).toEqual([]);
  }, 30_000);
});
