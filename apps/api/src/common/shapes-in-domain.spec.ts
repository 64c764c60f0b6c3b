import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../modules');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

// Defining a shape: a new object, enum or list query, or deriving one by extending or picking another.
const DEFINES_A_SHAPE =
  /\bz\.(?:object|enum|union|discriminatedUnion)\(|\bZListQueryOf\(|\bZ\w+\.(?:extend|pick|omit)\(/;

describe('one source of truth for shapes', () => {
  it('defines every request and response shape in packages/domain, none in the API modules', () => {
    const offenders = sources(modules).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          DEFINES_A_SHAPE.test(line) ? [`${path.relative(modules, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
