import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env.js';

describe('loadEnv', () => {
  it('defaults to demo mode on the embedded database', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ APP_MODE: 'demo', API_PORT: 3000 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names every bad key in one line', () => {
    let error: unknown;
    try {
      loadEnv({ DATABASE_URL: 'mysql://nope', API_PORT: 'abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/DATABASE_URL: phải là địa chỉ dạng postgres:\/\//);
    expect(message).toMatch(/API_PORT/);
  });

  it('refuses production without a session secret and a database', () => {
    expect(() => loadEnv({ APP_MODE: 'production' })).toThrow(
      /SESSION_SECRET: bắt buộc.*DATABASE_URL: bắt buộc|DATABASE_URL: bắt buộc.*SESSION_SECRET: bắt buộc/,
    );
  });
});
