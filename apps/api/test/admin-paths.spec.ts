import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RouteInfo, routeTable } from '../src/openapi/openapi.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const adminSource = path.resolve(import.meta.dirname, '../../admin/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'testing' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [file] : [];
  });
}

/** `/plans/${id(planId)}/diff` → `/plans/{}/diff`: the shape of a path, parameters blanked. */
const shape = (p: string) =>
  p
    .replace(/\$\{[^}]*\}/g, '{}')
    .replace(/\{\w+\}/g, '{}')
    .replace(/\?.*$/, '');

/** Every call the admin panel makes: explicit ones (api.request / api.download) and react-admin's CRUD per resource. */
function adminCalls(): string[] {
  const calls = new Set<string>();
  const files = sourceFiles(adminSource);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /api\.request(?:<[^>]*>)?\(\s*'(GET|POST|PUT|DELETE)',\s*[`'](\/[^`']*)[`']/g,
    ))
      calls.add(`${m[1]} ${shape(m[2] ?? '')}`);
    for (const m of text.matchAll(/api\.download\(\s*[`'](\/[^`']*)[`']/g))
      calls.add(`GET ${shape(m[1] ?? '')}`);
  }
  // Resources the panel registers use react-admin's list and show (getList/getMany/getOne).
  for (const file of files.filter((f) => f.endsWith(`${path.sep}index.ts`))) {
    const name = /name:\s*'([a-z-]+)'/.exec(readFileSync(file, 'utf8'))?.[1];
    if (name) {
      calls.add(`GET /${name}`);
      calls.add(`GET /${name}/{}`);
    }
  }
  return [...calls].sort();
}

let t: TestApp;
let routes: RouteInfo[];
beforeAll(async () => {
  t = await startTestApp();
  routes = routeTable(t.app, 'api');
});
afterAll(() => t.close());

/** A path segment with blanks (`export.{}`) matches a concrete one (`export.docx`), either way round. */
const segmentsMatch = (a: string, b: string) => {
  const pattern = (s: string) =>
    new RegExp(
      `^${s
        .split('{}')
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[^/]+')}$`,
    );
  return a === b || pattern(a).test(b) || pattern(b).test(a);
};
const callMatches = (call: string, route: string) => {
  const [cm, cp = ''] = call.split(' ');
  const [rm, rp = ''] = route.split(' ');
  const cs = cp.split('/');
  const rs = rp.split('/');
  return cm === rm && cs.length === rs.length && cs.every((s, i) => segmentsMatch(s, rs[i] ?? ''));
};

describe('the admin panel and the API', () => {
  it('call only routes the API has: no hand-written path has drifted', () => {
    const known = new Set(
      routes.map((r) => `${r.method.toUpperCase()} ${shape(r.path.replace(/^\/api/, ''))}`),
    );
    const calls = adminCalls();
    expect(calls.length).toBeGreaterThan(20);
    expect(calls.filter((c) => !known.has(c) && ![...known].some((r) => callMatches(c, r)))).toEqual([]);
  });
});
