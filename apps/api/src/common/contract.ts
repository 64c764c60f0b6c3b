import { SetMetadata, applyDecorators, HttpCode } from '@nestjs/common';
import type { z } from 'zod';

export const CONTRACT_KEY = 'bcdnq:contract';

/** A route's shapes, declared once as zod schemas: validated at run time and published as OpenAPI. */
export type RouteContract = {
  summary: string;
  tag?: string;
  body?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  /** How the route answers besides JSON, e.g. a file download. */
  produces?: string;
};

/** Declares a route's contract: body and query are parsed with their schemas before the handler runs. */
export function Contract(contract: RouteContract): MethodDecorator {
  const decorators: MethodDecorator[] = [SetMetadata(CONTRACT_KEY, contract)];
  if (contract.status) decorators.push(HttpCode(contract.status));
  return applyDecorators(...decorators);
}

export const PUBLIC_KEY = 'bcdnq:public';
/** Marks a route as public portal content: no session needed. Everything else is private by default. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const ROLES_KEY = 'bcdnq:roles';
/** Limits a route to some roles (admin always passes). */
export const Roles = (...roles: string[]) => SetMetadata(ROLES_KEY, roles);
