import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { map, type Observable } from 'rxjs';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { DomainError } from '@bcdnq/domain/common';
import { findIllFormedText } from '@bcdnq/domain/text';
import { CONTRACT_KEY, type RouteContract } from './contract.js';

/** A NUL character or a lone surrogate anywhere in the body or query is refused before any schema or query sees it. */
export function assertWellFormed(body: unknown, query: unknown): void {
  const field = findIllFormedText(body) ?? findIllFormedText(query);
  if (field === null) return;
  throw new DomainError(
    'VALIDATION',
    'Dữ liệu chứa ký tự không hợp lệ (ký tự NUL hoặc mã UTF-16 lẻ)',
    'The input holds an invalid character (NUL or a lone surrogate)',
    { field },
  );
}

/**
 * Replaces the request's body and query by their parsed contract values (a ZodError becomes a 400); with
 * CHECK_RESPONSES, also checks each answer against the route's response schema.
 */
@Injectable()
export class ContractInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ENV) private readonly env: Env,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    assertWellFormed(request.body, request.query);
    const contract = this.reflector.get<RouteContract | undefined>(CONTRACT_KEY, context.getHandler());
    if (contract) {
      if (contract.body && !contract.multipart) request.body = contract.body.parse(request.body ?? {});
      // Express 5 exposes req.query as a getter: shadow it with the parsed value.
      if (contract.query)
        Object.defineProperty(request, 'query', {
          value: contract.query.parse(request.query),
          writable: true,
        });
    }
    // In tests every answer is checked against the route's declared response schema: a drift fails loudly.
    if (!this.env.CHECK_RESPONSES || !contract?.response) return next.handle();
    const schema = contract.response;
    return next.handle().pipe(
      map((body: unknown) => {
        const checked = schema.safeParse(body);
        if (!checked.success) {
          throw new Error(
            `response of ${request.method} ${request.path} does not match its schema: ${JSON.stringify(checked.error.issues.slice(0, 5))}`,
          );
        }
        return body;
      }),
    );
  }
}
