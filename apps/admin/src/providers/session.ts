import type { SessionUser } from '@bcdnq/domain/users';

/**
 * Who is signed in, held in memory only: the CSRF token must never reach localStorage or sessionStorage, where any
 * injected script could read it long after the tab is closed. A reload asks the API again (GET /api/auth/me).
 */
export type SessionStore = {
  get(): SessionUser | null;
  set(user: SessionUser | null): void;
  csrfToken(): string | null;
};

export function createSessionStore(): SessionStore {
  let current: SessionUser | null = null;
  return {
    get: () => current,
    set: (user) => {
      current = user;
    },
    csrfToken: () => current?.csrfToken ?? null,
  };
}
