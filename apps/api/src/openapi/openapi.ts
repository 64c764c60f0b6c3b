import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { type INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE, ZProblem } from '@bcdnq/domain/common';
import { CONTRACT_KEY, PUBLIC_KEY, ROLES_KEY, type RouteContract } from '../common/contract.js';

export type RouteInfo = {
  method: string;
  path: string;
  contract: RouteContract | undefined;
  isPublic: boolean;
  roles: string[] | undefined;
  controller: string;
  handler: string;
};

const joinPath = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');

/** Every route of the application with its contract, public flag and roles: the route table. */
export function routeTable(app: INestApplication, globalPrefix: string): RouteInfo[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!type) continue;
    const base = (Reflect.getMetadata(PATH_METADATA, type) as string | undefined) ?? '';
    const prototype = type.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      routes.push({
        method: RequestMethod[method].toLowerCase(),
        path: joinPath(globalPrefix, base, path).replace(/:(\w+)/g, '{$1}'),
        contract: reflector.get<RouteContract | undefined>(CONTRACT_KEY, handler as never),
        isPublic: !!reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler as never, type]),
        roles: reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, [handler as never, type]),
        controller: type.name,
        handler: name,
      });
    }
  }
  return routes;
}

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const problem = { $ref: '#/components/schemas/Problem' };

// Multipart bodies carry their files beside the text fields.
const withFiles = (schema: Record<string, unknown>) => ({
  ...schema,
  properties: {
    ...((schema.properties as object | undefined) ?? {}),
    files: { type: 'array', items: { type: 'string', format: 'binary' } },
  },
});

const binary = { type: 'string', format: 'binary' };

/** The success answer: the response schema as JSON, or what the route produces (a Word file, an image …). */
function successResponse(c: RouteContract | undefined, status: string): Record<string, unknown> {
  if (c?.produces) {
    const schema = c.produces.startsWith('text/') ? { type: 'string' } : binary;
    return { description: 'OK', content: { [c.produces]: { schema } } };
  }
  if (c?.response)
    return {
      description: 'OK',
      content: { 'application/json': { schema: jsonSchema(c.response, 'output') } },
    };
  return { description: status === '204' ? 'No content' : 'OK' };
}

/** The request body: JSON, multipart with files, or a document as a file or as pasted text. */
function requestBody(c: RouteContract | undefined): Record<string, unknown> {
  if (c?.documentUpload)
    return {
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', required: ['file'], properties: { file: binary } },
          },
          'application/json': {
            schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
          },
        },
      },
    };
  if (!c?.body) return {};
  return {
    requestBody: {
      required: true,
      content: c.multipart
        ? { 'multipart/form-data': { schema: withFiles(jsonSchema(c.body, 'input')) } }
        : { 'application/json': { schema: jsonSchema(c.body, 'input') } },
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApi(app: INestApplication, globalPrefix: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routeTable(app, globalPrefix)) {
    const c = route.contract;
    const parameters: unknown[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (c?.query) {
      const schema = jsonSchema(c.query, 'input') as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        parameters.push({
          name,
          in: 'query',
          required: schema.required?.includes(name) ?? false,
          schema: property,
        });
      }
    }
    const status = String(c?.status ?? (route.method === 'post' ? 201 : 200));
    const responses: Record<string, unknown> = {
      [status]: successResponse(c, status),
      default: { description: 'Lỗi / Error', content: { [PROBLEM_CONTENT_TYPE]: { schema: problem } } },
    };
    paths[route.path] ??= {};
    paths[route.path]![route.method] = {
      summary: c?.summary ?? `${route.controller}.${route.handler}`,
      tags: [c?.tag ?? route.controller.replace(/Controller$/, '').toLowerCase()],
      operationId: `${route.controller.replace(/Controller$/, '')}_${route.handler}`,
      ...(parameters.length ? { parameters } : {}),
      ...requestBody(c),
      responses,
      ...(route.isPublic ? { security: [] } : {}),
      ...(route.roles ? { 'x-roles': route.roles } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ban Chỉ đạo Nhân quyền tỉnh — API',
      version: '0.1.0',
      description:
        'Kế hoạch, nhiệm vụ, báo cáo và cổng thông tin. Đăng nhập bằng POST /api/auth/login; mọi thao tác ghi cần header X-CSRF-Token.',
    },
    servers: [{ url: '/' }],
    security: [{ session: [] }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } },
      schemas: {
        Problem: jsonSchema(ZProblem, 'output'),
      },
    },
    paths,
  };
}
