import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Env } from '../config/env.js';

const CORRELATION_HEADER = 'x-correlation-id';

/**
 * The request's correlation id (the caller's own when it is well formed), set on the response at once: the first
 * middleware assigns it, so even a request refused before Nest's router (malformed JSON) carries one.
 */
export function correlationIdOf(
  request: IncomingMessage & { id?: unknown },
  response: ServerResponse,
): string {
  if (typeof request.id === 'string') return request.id;
  const incoming = request.headers[CORRELATION_HEADER];
  const id = typeof incoming === 'string' && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  request.id = id;
  response.setHeader('X-Correlation-Id', id);
  return id;
}

/** One pino logger: JSON in production, pretty when asked; every line carries the request's correlation id. */
export function loggerOptions(env: Env): Params {
  return {
    pinoHttp: {
      level: env.LOG_LEVEL,
      ...(env.LOG_PRETTY ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
      genReqId: (request, response) => correlationIdOf(request, response),
      customProps: (request) => ({ correlationId: request.id }),
      autoLogging: { ignore: (request) => request.url === '/api/health' },
      redact: {
        paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
        remove: true,
      },
      serializers: {
        req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
      },
    },
  };
}
