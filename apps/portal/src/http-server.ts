import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { ApiCache } from './api/api-cache.js';
import { createArticlesApi, type ArticlesApi } from './api/articles.client.js';
import { createCampaignsApi, type CampaignsApi } from './api/campaigns.client.js';
import { createDocumentsApi, type DocumentsApi } from './api/documents.client.js';
import { watchStamp } from './api/stamp-watcher.js';
import { createApp } from './app.js';
import type { PortalConfig } from './config.js';
import type { Logger } from './logger.js';

export type RunningPortal = { url: string; close: () => Promise<void> };

/** How long answers under way may take once the portal stops, before their connections are cut. */
export const DRAIN_DEADLINE_MS = 8000;

/** Listens on the configured host and port (0 picks a free one); rejects with the listen error. */
export async function startPortal(
  config: PortalConfig,
  logger: Logger,
  clients?: { api: ArticlesApi; documents: DocumentsApi; campaigns: CampaignsApi },
): Promise<RunningPortal> {
  const freshMs = config.CACHE_FRESH_SECONDS * 1000;
  const staleMs = config.CACHE_STALE_SECONDS * 1000;
  const cache = new ApiCache(freshMs, staleMs);
  const options = { baseUrl: config.API_URL, timeoutMs: config.API_TIMEOUT_MS, cache };
  const { api, documents, campaigns } = clients ?? {
    api: createArticlesApi(options),
    documents: createDocumentsApi(options),
    campaigns: createCampaignsApi(options),
  };
  const app = createApp({
    api,
    documents,
    campaigns,
    logger,
    cache: { freshMs, staleMs },
    site: {
      publicUrl: config.PUBLIC_URL,
      province: config.PROVINCE_NAME,
      contact: {
        office: config.CONTACT_OFFICE,
        address: config.CONTACT_ADDRESS,
        email: config.CONTACT_EMAIL,
        phone: config.CONTACT_PHONE,
      },
    },
  });
  // Publishing, withdrawing or editing public content moves the API's stamp: caches are dropped within seconds.
  const watcher = watchStamp({
    baseUrl: config.API_URL,
    intervalMs: 2000,
    timeoutMs: config.API_TIMEOUT_MS,
    logger,
    onChange: () => {
      cache.invalidate();
      app.invalidatePages();
    },
  });
  const listener = getRequestListener(app.fetch);
  // Fresh pages go straight from the cache to the socket; everything else through the app.
  let closing = false;
  const server = createServer((req, res) => {
    // Stopping: this answer is the connection's last, so a proxy's kept-alive connection does not keep bringing
    // requests here for ever; it re-dials and finds another replica.
    if (closing) res.setHeader('Connection', 'close');
    if (!app.serveCached(req, res)) void listener(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORTAL_PORT, config.PORTAL_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.PORTAL_HOST.includes(':') ? `[${config.PORTAL_HOST}]` : config.PORTAL_HOST;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        watcher.stop();
        // Resolves once every connection has ended: answers under way finish, idle connections close now, the
        // rest are cut at the deadline.
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), DRAIN_DEADLINE_MS).unref();
      }),
  };
}
