import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { CONTRACT_KEY, type RouteContract } from './contract.js';

/** Replaces the request's body and query by their parsed contract values (a ZodError becomes a 400). */
@Injectable()
export class ContractInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const contract = this.reflector.get<RouteContract | undefined>(CONTRACT_KEY, context.getHandler());
    if (contract && context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Request>();
      if (contract.body && !contract.multipart) request.body = contract.body.parse(request.body ?? {});
      // Express 5 exposes req.query as a getter: shadow it with the parsed value.
      if (contract.query) Object.defineProperty(request, 'query', { value: contract.query.parse(request.query), writable: true });
    }
    return next.handle();
  }
}
