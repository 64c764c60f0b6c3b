import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import type { Env } from '../config/env.js';

const CORRELATION_HEADER = 'x-correlation-id';

/** One pino logger: JSON in production, pretty when asked; every line carries the request's correlation id. */
export function loggerOptions(env: Env): Params {
  return {
    pinoHttp: {
      level: env.LOG_LEVEL,
      ...(env.LOG_PRETTY ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
      genReqId: (request, response) => {
        const incoming = request.headers[CORRELATION_HEADER];
        const id = typeof incoming === 'string' && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        response.setHeader('X-Correlation-Id', id);
        return id;
      },
      customProps: (request) => ({ correlationId: request.id }),
      autoLogging: { ignore: (request) => request.url === '/api/health' },
      redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], remove: true },
      serializers: {
        req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
      },
    },
  };
}
