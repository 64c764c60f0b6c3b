import { parseConfig } from './config.js';
import { startPortal } from './http-server.js';
import { createLogger } from './logger.js';

// The only place that reads process.env.
const parsed = parseConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`Lỗi: ${parsed.message}\n`);
  process.exit(1);
}
const config = parsed.config;
const logger = createLogger(config);

try {
  const portal = await startPortal(config, logger);
  logger.info({ url: portal.url, api: config.API_URL }, 'portal listening');
  const stop = () => {
    portal.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EADDRINUSE'
      ? `cổng ${config.PORTAL_PORT} đang được dùng (đặt PORTAL_PORT=… để chọn cổng khác)`
      : `không mở được ${config.PORTAL_HOST}:${config.PORTAL_PORT}: ${(error as Error).message}`;
  process.stderr.write(`Lỗi: ${reason}\n`);
  process.exit(1);
}
