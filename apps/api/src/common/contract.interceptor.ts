import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { DomainError } from '@bcdnq/domain/common';
import { findIllFormedText } from '@bcdnq/domain/text';
import { CONTRACT_KEY, type RouteContract } from './contract.js';

/** A NUL character or a lone surrogate anywhere in the body or query is refused before any schema or query sees it. */
export function assertWellFormed(body: unknown, query: unknown): void {
  const field = findIllFormedText(body) ?? findIllFormedText(query);
  if (field === null) return;
  throw new DomainError('VALIDATION', 'Dữ liệu chứa ký tự không hợp lệ (ký tự NUL hoặc mã UTF-16 lẻ)', 'The input holds an invalid character (NUL or a lone surrogate)', { field });
}

/** Replaces the request's body and query by their parsed contract values (a ZodError becomes a 400). */
@Injectable()
export class ContractInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    assertWellFormed(request.body, request.query);
    const contract = this.reflector.get<RouteContract | undefined>(CONTRACT_KEY, context.getHandler());
    if (contract) {
      if (contract.body && !contract.multipart) request.body = contract.body.parse(request.body ?? {});
      // Express 5 exposes req.query as a getter: shadow it with the parsed value.
      if (contract.query) Object.defineProperty(request, 'query', { value: contract.query.parse(request.query), writable: true });
    }
    return next.handle();
  }
}
