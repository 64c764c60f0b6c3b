import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { canRoleAccess } from './access-control';
import { createAuthProvider } from './auth-provider';
import { createApiClient } from './http';
import { createSessionStore } from './session';
import {
  type ContractFixture,
  cookieJarFetch,
  FIXTURE_PASSWORD,
  startContractFixture,
} from './testing/contract-fixture';

let fixture: ContractFixture;

beforeAll(async () => {
  fixture = await startContractFixture();
});
afterAll(async () => {
  await fixture.close();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function freshBrowser() {
  const session = createSessionStore();
  const fetch = cookieJarFetch();
  const api = createApiClient({ apiUrl: fixture.apiUrl, session, fetch });
  return { session, authProvider: createAuthProvider(api, session), fetch };
}

function spyStorage() {
  const setItem = vi.fn();
  const storage = {
    getItem: () => null,
    setItem,
    removeItem: vi.fn(),
    clear: vi.fn(),
    key: () => null,
    length: 0,
  };
  return { storage, setItem };
}

describe('auth provider over the HTTP contract', () => {
  it('signs in with the cookie session, knows who and which role, and keeps the CSRF token out of web storage', async () => {
    const local = spyStorage();
    const sessionStorage = spyStorage();
    vi.stubGlobal('localStorage', local.storage);
    vi.stubGlobal('sessionStorage', sessionStorage.storage);
    const { authProvider, session } = freshBrowser();

    await expect(authProvider.checkAuth({})).rejects.toThrow();
    await authProvider.login({ username: 'admin', password: FIXTURE_PASSWORD });
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    await expect(authProvider.getPermissions({})).resolves.toBe('admin');
    await expect(authProvider.getIdentity()).resolves.toMatchObject({
      fullName: 'Quản trị hệ thống',
      role: 'admin',
    });
    expect(session.csrfToken()).toMatch(/[0-9a-f-]{36}/);
    expect(local.setItem).not.toHaveBeenCalled();
    expect(sessionStorage.setItem).not.toHaveBeenCalled();
  });

  it('refuses wrong credentials with the API message, and a reload recovers the session from GET /api/auth/me', async () => {
    const { authProvider, session } = freshBrowser();
    await expect(authProvider.login({ username: 'admin', password: 'sai-mat-khau' })).rejects.toMatchObject({
      status: 401,
      message: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });

    await authProvider.login({ username: 'admin', password: FIXTURE_PASSWORD });
    const token = session.csrfToken();
    session.set(null); // a reload empties memory, the httpOnly cookie stays
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    expect(session.csrfToken()).toBe(token);
  });

  it('logs out with POST /api/auth/logout carrying the CSRF token, after which the session is gone', async () => {
    const { authProvider, session } = freshBrowser();
    await authProvider.login({ username: 'admin', password: FIXTURE_PASSWORD });
    const token = session.csrfToken();
    await authProvider.logout({});
    expect(fixture.requests.at(-1)).toMatchObject({ method: 'POST', url: '/api/auth/logout', csrf: token });
    expect(session.get()).toBeNull();
    await expect(authProvider.checkAuth({})).rejects.toThrow();
  });

  it('treats 401 as logged out but 403 only as a refusal', async () => {
    const { authProvider } = freshBrowser();
    await expect(authProvider.checkError({ status: 401 })).rejects.toThrow();
    await expect(authProvider.checkError({ status: 403 })).resolves.toBeUndefined();
  });
});

describe('access per role', () => {
  it('shows users only to the administrator and lets only the administrator change agencies', () => {
    expect(canRoleAccess('agency_officer', 'users', 'list')).toBe(false);
    expect(canRoleAccess('standing_office', 'users', 'list')).toBe(false);
    expect(canRoleAccess('admin', 'users', 'create')).toBe(true);
    expect(canRoleAccess('agency_officer', 'agencies', 'list')).toBe(true);
    expect(canRoleAccess('standing_office', 'agencies', 'edit')).toBe(false);
    expect(canRoleAccess('admin', 'agencies', 'edit')).toBe(true);
  });

  it('edits a plan only while it is a draft, and only as administrator or standing office', () => {
    expect(canRoleAccess('standing_office', 'plans', 'edit', { status: 'draft' })).toBe(true);
    expect(canRoleAccess('standing_office', 'plans', 'edit', { status: 'issued' })).toBe(false);
    expect(canRoleAccess('agency_officer', 'plans', 'edit', { status: 'draft' })).toBe(false);
    expect(canRoleAccess('agency_officer', 'plans', 'show')).toBe(true);
  });
});
