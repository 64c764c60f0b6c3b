import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionUser } from '@bcdnq/domain/users';

/** The signed-in user as the guard attached it, with the session it came from. */
export type Actor = SessionUser & { sessionId: string };

export type AppRequest = Request & { actor?: Actor; id?: string | number };

/** Who is calling and from where: what services need to scope queries and write the audit log. */
export type CallContext = { actor: Actor; ip: string | null; correlationId: string | null };

export function callContextOf(request: AppRequest): CallContext {
  if (!request.actor) throw new Error('callContextOf used on a public route');
  return {
    actor: request.actor,
    ip: request.ip ?? null,
    correlationId: request.id ? String(request.id) : null,
  };
}

/** Injects the call context (actor, ip, correlation id) of an authenticated request. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext) =>
  callContextOf(context.switchToHttp().getRequest<AppRequest>()),
);

/** Aborts when the client goes away before its answer is sent, so long work for nobody (a file being read) stops. */
export function abortedWithClient(request: AppRequest): AbortSignal {
  const controller = new AbortController();
  request.res?.once('close', () => {
    if (!request.res?.writableFinished) controller.abort();
  });
  return controller.signal;
}
