import { pino, type DestinationStream, type Logger } from 'pino';
import type { PortalConfig } from './config.js';

export type { Logger };

/** One JSON line per event on stdout; `destination` lets tests read the lines. */
export function createLogger(
  config: Pick<PortalConfig, 'LOG_LEVEL'>,
  destination?: DestinationStream,
): Logger {
  const options = { name: 'portal', level: config.LOG_LEVEL };
  return destination ? pino(options, destination) : pino(options);
}
