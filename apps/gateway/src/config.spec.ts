import { describe, expect, it } from 'vitest';
import { parseGatewayConfig } from './config.js';

describe('parseGatewayConfig', () => {
  it('defaults to port 8080, every interface, forwarded headers not trusted', () => {
    expect(parseGatewayConfig({})).toEqual({
      ok: true,
      config: {
        PORT: 8080,
        DATA_DIR: '.data',
        TRUST_PROXY: false,
        GATEWAY_UPSTREAM_TIMEOUT_MS: 120_000,
        GATEWAY_PAGE_CACHE_MS: 1000,
      },
    });
  });

  it('trusts forwarded headers only when told to', () => {
    expect(parseGatewayConfig({ TRUST_PROXY: 'true' })).toMatchObject({
      ok: true,
      config: { TRUST_PROXY: true },
    });
    expect(parseGatewayConfig({ TRUST_PROXY: '' })).toMatchObject({
      ok: true,
      config: { TRUST_PROXY: false },
    });
  });

  it('names every bad key in one line and ignores the services’ own keys', () => {
    const result = parseGatewayConfig({ PORT: 'x', TRUST_PROXY: 'maybe', API_PORT: 'whatever' });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/PORT="x"/);
    expect(message).toMatch(/TRUST_PROXY="maybe"/);
    expect(message).not.toMatch(/API_PORT/);
  });
});
