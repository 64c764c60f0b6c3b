import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@bcdnq/domain/common';
import { PUBLIC_KEY, ROLES_KEY } from '../../common/contract.js';
import type { AppRequest } from '../../common/request-context.js';
import { AuthService } from './auth.service.js';

export const SESSION_COOKIE = 'sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Every route is private unless marked @Public(): it needs a live session, a CSRF token on state-changing
 * methods, and one of the route's @Roles() when it declares some (admin passes everywhere).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AppRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const actor = typeof token === 'string' && token ? await this.auth.resolveSession(token) : null;
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Bạn cần đăng nhập', 'Authentication required');
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.header('x-csrf-token');
      if (!header || !sameToken(header, actor.csrfToken)) {
        throw new DomainError(
          'FORBIDDEN',
          'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF)',
          'Missing or wrong CSRF token',
        );
      }
    }
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
    if (roles && actor.role !== 'admin' && !roles.includes(actor.role)) {
      throw new DomainError(
        'FORBIDDEN',
        'Bạn không có quyền thực hiện thao tác này',
        'Forbidden for your role',
      );
    }
    request.actor = actor;
    return true;
  }
}
