import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestApp } from './helpers/test-app.js';

/**
 * A replica being replaced (rolling deploy): a proxy keeps its connections alive and sends request after request on
 * them. Stopping must end those connections after their answer — never cut an answer, never keep serving for ever.
 */
const CONNECTIONS = 8;
const ALLOWED = new Set(['200 keep-alive', '200 close', 'error ECONNRESET', 'error ECONNREFUSED']);

describe('stopping an API instance', () => {
  it('answers what it has begun, closes kept-alive connections, and then stops', async () => {
    const t = await startTestApp();
    const server = t.app.getHttpServer() as http.Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // Kept-alive connections, always busy: what a proxy's pool looks like under steady load.
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const get = (path: string) =>
      new Promise<string>((resolve) => {
        http
          .get({ host: '127.0.0.1', port, path, agent }, (response) => {
            response.resume();
            response.on('end', () =>
              resolve(`${response.statusCode} ${response.headers.connection ?? ''}`.trim()),
            );
            response.on('error', (error: NodeJS.ErrnoException) => resolve(`cut ${error.code}`));
          })
          .on('error', (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
      });
    const outcomes = new Map<string, number>();
    const loads = Array.from({ length: CONNECTIONS }, async () => {
      for (;;) {
        const outcome = await get('/api/health');
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        // Refused at connect: the listener is gone, and a proxy tries another replica.
        if (outcome === 'error ECONNREFUSED') return;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Resolves only once every connection has ended: never, if busy kept-alive ones were served for ever.
    await t.app.close();
    await Promise.all(loads);
    agent.destroy();
    const seen = JSON.stringify(Object.fromEntries(outcomes));
    expect(outcomes.get('200 keep-alive'), seen).toBeGreaterThan(0);
    // What a client may meet: answers (the last of a connection saying so), a connection closed while idle as a
    // request was being sent on it (at most once per connection; proxies send such a GET again), a refusal at
    // connect. Never an answer cut half-way.
    expect(
      [...outcomes.keys()].filter((o) => !ALLOWED.has(o)),
      seen,
    ).toEqual([]);
    expect(outcomes.get('error ECONNRESET') ?? 0, seen).toBeLessThanOrEqual(CONNECTIONS);
  }, 60_000);
});
