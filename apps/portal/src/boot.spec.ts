import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { boot } from './boot.js';
import { createLogger } from './logger.js';

const quiet = createLogger({ LOG_LEVEL: 'silent' });

function io() {
  const lines: string[] = [];
  return { lines, stderr: { write: (text: string) => lines.push(text) }, exit: vi.fn(), logger: quiet };
}

describe('boot', () => {
  it('stops with exit code 1 and one line naming the bad key', async () => {
    const out = io();
    expect(await boot({ PORTAL_PORT: 'tám nghìn' }, out)).toBeNull();
    expect(out.exit).toHaveBeenCalledWith(1);
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatch(/^Lỗi: .*PORTAL_PORT="tám nghìn".*\n$/);
    expect(out.lines[0]?.split('\n')).toHaveLength(2);
  });

  it('says in one line that the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const out = io();
    try {
      expect(await boot({ PORTAL_PORT: String(port) }, out)).toBeNull();
    } finally {
      blocker.close();
    }
    expect(out.exit).toHaveBeenCalledWith(1);
    expect(out.lines).toEqual([`Lỗi: cổng ${port} đang được dùng (đặt PORTAL_PORT=… để chọn cổng khác)\n`]);
  });

  it('listens on PORTAL_HOST:PORTAL_PORT and answers /healthz', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const out = io();
    const portal = await boot({ PORTAL_PORT: String(port), PORTAL_HOST: '127.0.0.1' }, out);
    try {
      expect(portal?.url).toBe(`http://127.0.0.1:${port}`);
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await response.text()).toBe('ok');
      expect(out.exit).not.toHaveBeenCalled();
    } finally {
      await portal?.close();
    }
  });
});
