import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The keys an env file assigns (KEY=value lines). */
function envKeys(file: string): string[] {
  return read(file)
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key));
}

type Shaped = { shape: Record<string, unknown> };
/** The keys of an app's environment schema, from its source (the schemas are the apps' only readers of env). */
async function schemaKeys(file: string, exported: string): Promise<string[]> {
  const module = (await import(pathToFileURL(path.join(root, file)).href)) as Record<string, Shaped>;
  const schema = module[exported];
  if (!schema) throw new Error(`${file} does not export ${exported}`);
  return Object.keys(schema.shape);
}

// Variables read outside the apps' schemas, with the file that reads them (checked below).
const READ_ELSEWHERE = new Map<string, string>([['CHROME_PATH', 'e2e/support/chromium.ts']]);

describe('infra/compose.yaml', () => {
  // Compose applies YAML merge keys (<<: *build), as YAML 1.1 did.
  const compose = parse(read('infra/compose.yaml'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, string> }>;
  };

  it('validates against the Compose Specification JSON schema', () => {
    // Vendored from github.com/compose-spec/compose-spec (schema/compose-spec.json): it cannot be fetched in CI.
    const schema = JSON.parse(read('infra/test/compose-spec.json')) as object;
    // Its $schema names draft-07 by an https URL ajv does not know; the validation itself is draft-07.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, validateSchema: false });
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('reads exactly the variables infra/.env.example documents', () => {
    const used = new Set(
      [...read('infra/compose.yaml').matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]),
    );
    const documented = new Set(envKeys('infra/.env.example'));
    expect(
      [...used].filter((key) => !documented.has(key!)),
      'used but not in infra/.env.example',
    ).toEqual([]);
    expect(
      [...documented].filter((key) => !used.has(key)),
      'in infra/.env.example but unused',
    ).toEqual([]);
  });

  it('gives the API and the portal only settings they read', async () => {
    const api = new Set(await schemaKeys('apps/api/src/config/env.ts', 'ZEnv'));
    const portal = new Set(await schemaKeys('apps/portal/src/config.ts', 'ZPortalConfig'));
    const unknown = (service: string, keys: Set<string>) =>
      Object.keys(compose.services[service]?.environment ?? {}).filter((key) => !keys.has(key));
    expect(unknown('api', api)).toEqual([]);
    expect(unknown('portal', portal)).toEqual([]);
  });
});

describe('.env.example', () => {
  it('lists every variable the apps read, and nothing they do not', async () => {
    const read = new Set([
      ...(await schemaKeys('apps/api/src/config/env.ts', 'ZEnv')),
      ...(await schemaKeys('apps/portal/src/config.ts', 'ZPortalConfig')),
      ...(await schemaKeys('apps/gateway/src/config.ts', 'ZGatewayConfig')),
      ...READ_ELSEWHERE.keys(),
    ]);
    const documented = new Set(envKeys('.env.example'));
    expect(
      [...read].filter((key) => !documented.has(key)),
      'read but not in .env.example',
    ).toEqual([]);
    expect(
      [...documented].filter((key) => !read.has(key)),
      'in .env.example but read by nothing',
    ).toEqual([]);
  });

  it('names real readers for the variables outside the schemas', () => {
    for (const [key, file] of READ_ELSEWHERE) expect(read(file), file).toContain(key);
  });
});
