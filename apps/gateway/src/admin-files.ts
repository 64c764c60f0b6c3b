import { statSync } from 'node:fs';
import path from 'node:path';

export type AdminFile =
  | { kind: 'file'; file: string; contentType: string; immutable: boolean }
  | { kind: 'redirect'; location: string }
  | { kind: 'bad-request' }
  | { kind: 'not-found' };

const contentTypes = new Map<string, string>([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
  ['.json', 'application/json'],
  ['.woff2', 'font/woff2'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.webmanifest', 'application/manifest+json'],
]);

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false; // missing, or a name the file system refuses (too long, …)
  }
}

/** True when `file` is `dir` itself or lies inside it (a sibling such as `dist-old` is outside). */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

/**
 * Which file of the admin build answers `pathname` (a raw, still percent-encoded path under /admin). The admin is
 * a single-page app: an unknown path is the app itself, except under assets/ where a missing file is a 404 (an
 * index.html served there would be cached as an immutable script). A path that cannot be decoded, holds a NUL or
 * climbs out of the build is a 400.
 */
export function resolveAdminFile(distDir: string, pathname: string): AdminFile {
  if (pathname === '/admin') return { kind: 'redirect', location: '/admin/' };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice('/admin/'.length));
  } catch {
    return { kind: 'bad-request' };
  }
  if (relative.includes('\0')) return { kind: 'bad-request' };
  const root = path.resolve(distDir);
  const candidate = path.resolve(root, `.${path.sep}${relative}`);
  if (!isInside(root, candidate)) return { kind: 'bad-request' };
  const asset = path.relative(root, candidate).split(path.sep)[0] === 'assets';
  if (isFile(candidate)) {
    return {
      kind: 'file',
      file: candidate,
      contentType: contentTypes.get(path.extname(candidate).toLowerCase()) ?? 'application/octet-stream',
      immutable: asset,
    };
  }
  if (asset) return { kind: 'not-found' };
  return {
    kind: 'file',
    file: path.join(root, 'index.html'),
    contentType: 'text/html; charset=utf-8',
    immutable: false,
  };
}
