import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createArticlesApi, type ArticlesApi } from './api/articles.client.js';
import { createDocumentsApi, type DocumentsApi } from './api/documents.client.js';
import { createApp } from './app.js';
import type { PortalConfig } from './config.js';
import type { Logger } from './logger.js';

export type RunningPortal = { url: string; close: () => Promise<void> };

/** Listens on the configured host and port (0 picks a free one); rejects with the listen error. */
export async function startPortal(
  config: PortalConfig,
  logger: Logger,
  api: ArticlesApi = createArticlesApi({ baseUrl: config.API_URL, timeoutMs: config.API_TIMEOUT_MS }),
  documents: DocumentsApi = createDocumentsApi({ baseUrl: config.API_URL, timeoutMs: config.API_TIMEOUT_MS }),
): Promise<RunningPortal> {
  const app = createApp({ api, documents, logger, site: { publicUrl: config.PUBLIC_URL } });
  const server = createAdaptorServer({ fetch: app.fetch });
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
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}
