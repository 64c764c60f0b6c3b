import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

describe('parseConfig', () => {
  it('falls back to the documented defaults when nothing is set', () => {
    const result = parseConfig({});
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        PORTAL_PORT: 3001,
        PORTAL_HOST: '127.0.0.1',
        API_URL: 'http://127.0.0.1:3000',
      }),
    });
  });

  it('reads the port, host and API origin, dropping a trailing slash', () => {
    const result = parseConfig({ PORTAL_PORT: '4100', PORTAL_HOST: '0.0.0.0', API_URL: 'http://api:3000/' });
    expect(result.ok && result.config).toMatchObject({
      PORTAL_PORT: 4100,
      PORTAL_HOST: '0.0.0.0',
      API_URL: 'http://api:3000',
    });
  });

  it('treats an empty variable as unset', () => {
    const result = parseConfig({ PORTAL_PORT: '' });
    expect(result.ok && result.config.PORTAL_PORT).toBe(3001);
  });

  it('names every bad key on one line', () => {
    const result = parseConfig({ PORTAL_PORT: '99999', API_URL: 'ftp://x', LOG_LEVEL: 'loud' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toContain('\n');
    expect(result.message).toContain('PORTAL_PORT="99999"');
    expect(result.message).toContain('API_URL="ftp://x"');
    expect(result.message).toContain('LOG_LEVEL="loud"');
  });
});
