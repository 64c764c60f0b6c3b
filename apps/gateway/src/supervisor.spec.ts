import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChildStartError, SupervisedChild } from './supervisor.js';
import { eventually, freePort } from './testing/http.js';

let dir: string;
let script: string;
const children: SupervisedChild[] = [];

// A real service process: answers its pid, dies on /crash, or dies by itself after its first answer when told to.
const service = `
import http from 'node:http';
if (process.env.FAIL_AT_START) process.exit(Number(process.env.FAIL_AT_START));
http.createServer((request, response) => {
  // Healthy once, then gone: a crash loop that start() itself never sees.
  if (process.env.CRASH_AFTER_HEALTH) setTimeout(() => process.exit(4), 500);
  if (request.url === '/crash') { response.end('bye'); setImmediate(() => process.exit(3)); return; }
  response.end(String(process.pid));
}).listen(Number(process.env.CHILD_PORT), '127.0.0.1');
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bcdnq-supervisor-'));
  script = path.join(dir, 'service.mjs');
  writeFileSync(script, service);
});
afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => child.stop()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function supervise(
  env: Record<string, string>,
  options: { onFatal?: (code: number) => void; maxCrashes?: number } = {},
) {
  const port = await freePort();
  const lines: string[] = [];
  const child = new SupervisedChild(
    {
      name: 'Service',
      script,
      cwd: dir,
      env: { ...process.env, CHILD_PORT: String(port), ...env },
      healthUrl: `http://127.0.0.1:${port}/health`,
    },
    {
      log: (line) => lines.push(line),
      onFatal: options.onFatal ?? (() => {}),
      baseDelayMs: 50,
      maxCrashes: options.maxCrashes ?? 5,
    },
  );
  children.push(child);
  return { child, port, lines };
}

async function pidOn(port: number): Promise<number | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return Number(await response.text());
  } catch {
    return null;
  }
}

describe('SupervisedChild', () => {
  it('restarts a crashed service on the same port and says so', async () => {
    const { child, port, lines } = await supervise({});
    await child.start();
    const first = await pidOn(port);
    expect(first).toBe(child.pid);
    await fetch(`http://127.0.0.1:${port}/crash`);
    let second: number | null = null;
    await eventually(async () => {
      second = await pidOn(port);
      return second !== null && second !== first;
    });
    expect(second).toBe(child.pid);
    expect(lines[0]).toMatch(/^Lỗi: Service đã dừng \(mã 3\); khởi động lại sau/);
    await eventually(() => lines.includes('Service đã chạy lại.'));
  });

  it('restarts a service killed by a signal', async () => {
    const { child, port } = await supervise({});
    await child.start();
    const first = child.pid;
    process.kill(first ?? 0, 'SIGKILL');
    await eventually(async () => {
      const pid = await pidOn(port);
      return pid !== null && pid !== first;
    });
  });

  it('reports a service that fails its first start instead of restarting it', async () => {
    const { child } = await supervise({ FAIL_AT_START: '7' });
    const error = await child.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChildStartError);
    expect((error as ChildStartError).code).toBe(7);
  });

  it('gives up on a crash loop and lets the launcher stop', async () => {
    let fatal: number | null = null;
    const { child, lines } = await supervise(
      { CRASH_AFTER_HEALTH: '1' },
      { maxCrashes: 2, onFatal: (code) => (fatal = code) },
    );
    await child.start();
    await eventually(() => fatal !== null);
    expect(fatal).toBe(4);
    expect(lines.at(-1)).toMatch(/không khởi động lại nữa/);
  });

  it('does not restart a service it was asked to stop', async () => {
    const { child, port } = await supervise({});
    await child.start();
    await child.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await pidOn(port)).toBeNull();
    expect(child.pid).toBeNull();
  });
});
