import {
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
  applyDecorators,
  HttpCode,
} from '@nestjs/common';
import type { Request } from 'express';
import type { z } from 'zod';
import { DomainError } from '@bcdnq/domain/common';
import { findIllFormedText } from '@bcdnq/domain/text';

export const CONTRACT_KEY = 'bcdnq:contract';

/** A route's shapes, declared once as zod schemas: validated at run time and published as OpenAPI. */
export type RouteContract = {
  summary: string;
  tag?: string;
  body?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  /** The media type of a success that is not JSON, e.g. a Word file to download (OpenAPI documents it so). */
  produces?: string;
  /** The body is a document: multipart/form-data with one `file`, or JSON `{ text }` (pasted text). */
  documentUpload?: boolean;
  /**
   * The body comes as multipart/form-data: it is parsed by the upload interceptor, after the contract's, so
   * the handler reads its fields with @MultipartFields(schema) instead.
   */
  multipart?: boolean;
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

/** The text fields of a multipart body, parsed with the schema once the upload interceptor has read them. */
// Nest keeps only plain data for param decorators (a zod schema looks like a pipe to it): schemas are
// registered here and the decorator carries their key.
const multipartSchemas = new Map<string, z.ZodType>();
const MultipartFieldsOf = createParamDecorator((key: string, context: ExecutionContext) => {
  const schema = multipartSchemas.get(key);
  if (!schema) throw new Error(`no multipart schema registered under ${key}`);
  const body: unknown = context.switchToHttp().getRequest<Request>().body ?? {};
  const field = findIllFormedText(body);
  if (field !== null)
    throw new DomainError(
      'VALIDATION',
      'Dữ liệu chứa ký tự không hợp lệ (ký tự NUL hoặc mã UTF-16 lẻ)',
      'The input holds an invalid character',
      { field },
    );
  return schema.parse(body);
});
export const MultipartFields = (schema: z.ZodType) => {
  const key = `multipart-${multipartSchemas.size}`;
  multipartSchemas.set(key, schema);
  return MultipartFieldsOf(key);
};
