import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInside, resolveAdminFile } from './admin-files.js';

let base: string;
let dist: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'bcdnq-gateway-files-'));
  dist = path.join(base, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>admin</title>');
  writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  // A sibling whose name merely starts like the build folder's: the old startsWith check let it through.
  mkdirSync(path.join(base, 'dist-secret'));
  writeFileSync(path.join(base, 'dist-secret', 'secret.txt'), 'secret');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAdminFile', () => {
  it('serves a built asset as immutable and the app for any other path', () => {
    expect(resolveAdminFile(dist, '/admin/assets/app-1234.js')).toEqual({
      kind: 'file',
      file: path.join(dist, 'assets', 'app-1234.js'),
      contentType: 'text/javascript; charset=utf-8',
      immutable: true,
    });
    for (const route of ['/admin/', '/admin/plans/42/show', '/admin/index.html']) {
      expect(resolveAdminFile(dist, route)).toMatchObject({
        kind: 'file',
        file: path.join(dist, 'index.html'),
        immutable: false,
      });
    }
  });

  it('redirects /admin to /admin/', () => {
    expect(resolveAdminFile(dist, '/admin')).toEqual({ kind: 'redirect', location: '/admin/' });
  });

  it('answers a missing asset with 404, never with an index.html cached as immutable', () => {
    expect(resolveAdminFile(dist, '/admin/assets/gone-9999.js')).toEqual({ kind: 'not-found' });
  });

  it.each(['/admin/%E0%A4%A', '/admin/%', '/admin/%zz', '/admin/assets/%C3%28.js'])(
    'rejects the undecodable path %s',
    (route) => {
      expect(resolveAdminFile(dist, route)).toEqual({ kind: 'bad-request' });
    },
  );

  it('rejects a NUL byte', () => {
    expect(resolveAdminFile(dist, '/admin/index.html%00.png')).toEqual({ kind: 'bad-request' });
  });

  it.each([
    '/admin/../dist-secret/secret.txt',
    '/admin/..%2fdist-secret%2fsecret.txt',
    '/admin/%2e%2e/dist-secret/secret.txt',
    '/admin/assets/../../dist-secret/secret.txt',
    '/admin/..%5cdist-secret%5csecret.txt',
  ])('never serves a sibling folder: %s', (route) => {
    const resolved = resolveAdminFile(dist, route);
    if (resolved.kind === 'file') expect(isInside(dist, resolved.file)).toBe(true);
    expect(resolved).not.toMatchObject({ file: path.join(base, 'dist-secret', 'secret.txt') });
  });

  it('keeps an absolute path inside the build', () => {
    const resolved = resolveAdminFile(
      dist,
      `/admin/${encodeURIComponent(path.join(base, 'dist-secret', 'secret.txt'))}`,
    );
    expect(resolved).toMatchObject({ kind: 'file', file: path.join(dist, 'index.html') });
  });
});

describe('isInside', () => {
  it('tells a folder from its prefix-sharing sibling', () => {
    expect(isInside('/srv/dist', '/srv/dist/a.js')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist-secret/a.js')).toBe(false);
    expect(isInside('/srv/dist', '/srv/a.js')).toBe(false);
    expect(isInside('/srv/dist', '/srv/dist/..foo')).toBe(true);
  });
});
