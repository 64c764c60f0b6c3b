import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { baseUrl } from '../support/base-url.js';

/** Sends the path as written: fetch and browsers would normalise or refuse these. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const origin = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const request = http.get({ host: origin.hostname, port: origin.port, path, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    request.on('error', reject);
    request.setTimeout(10_000, () => request.destroy(new Error('no answer in 10 s')));
  });
}

/** The pid of the launcher's child process whose command line mentions `script` (Linux /proc). */
function childPid(parent: number, script: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(script))
        return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return null;
}

test.describe('the one-origin gateway (npm start)', () => {
  test('a malformed admin path is a 400, and the site keeps serving', async () => {
    for (const path of ['/admin/%E0%A4%A', '/admin/%', '/admin/..%2f..%2fpackage.json']) {
      expect((await rawGet(path)).status, path).toBe(400);
    }
    expect((await rawGet('/api/health')).status).toBe(200);
    expect((await rawGet('/')).status).toBe(200);
    expect((await rawGet('/admin/')).status).toBe(200);
  });

  test('an API that crashes is restarted, and the site answers again', async () => {
    test.setTimeout(180_000);
    const launcher = Number(process.env.E2E_STACK_PID);
    const api = childPid(launcher, 'apps/api/dist/main.js');
    expect(api, 'the API runs as a child of the launcher').not.toBeNull();
    process.kill(api ?? 0, 'SIGKILL');
    await expect
      .poll(async () => (await rawGet('/api/health').catch(() => ({ status: 0 }))).status, {
        timeout: 150_000,
        intervals: [250],
      })
      .toBe(200);
    const restarted = childPid(launcher, 'apps/api/dist/main.js');
    expect(restarted).not.toBeNull();
    expect(restarted).not.toBe(api);
    expect((await rawGet('/')).status).toBe(200);
  });
});
