import { parseConfig } from './config.js';
import { startPortal, type RunningPortal } from './http-server.js';
import { createLogger, type Logger } from './logger.js';

export type BootIo = {
  /** Where the one-line start-up failure goes. */
  stderr: { write: (text: string) => unknown };
  exit: (code: number) => void;
  /** Tests pass a quiet logger; the real process logs to stdout. */
  logger?: Logger;
};

/** Parses the environment and starts listening; a bad value or a busy port is one line on stderr and exit 1. */
export async function boot(
  env: Record<string, string | undefined>,
  io: BootIo,
): Promise<RunningPortal | null> {
  const parsed = parseConfig(env);
  if (!parsed.ok) {
    io.stderr.write(`Lỗi: ${parsed.message}\n`);
    io.exit(1);
    return null;
  }
  const config = parsed.config;
  const logger = io.logger ?? createLogger(config);
  try {
    const portal = await startPortal(config, logger);
    logger.info({ url: portal.url, api: config.API_URL }, 'portal listening');
    return portal;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `cổng ${config.PORTAL_PORT} đang được dùng (đặt PORTAL_PORT=… để chọn cổng khác)`
        : `không mở được ${config.PORTAL_HOST}:${config.PORTAL_PORT}: ${(error as Error).message}`;
    io.stderr.write(`Lỗi: ${reason}\n`);
    io.exit(1);
    return null;
  }
}
