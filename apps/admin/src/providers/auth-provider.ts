import type { Role, SessionUser } from '@bcdnq/domain/users';
import { ZSessionUser } from '@bcdnq/domain/users';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { canRoleAccess } from './access-control';
import type { ApiClient } from './http';
import type { SessionStore } from './session';

export type Identity = UserIdentity & {
  username: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
};

type Credentials = { username?: unknown; password?: unknown };

function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

export function toIdentity(user: SessionUser): Identity {
  return {
    id: user.id,
    fullName: user.fullName,
    username: user.username,
    role: user.role,
    agencyId: user.agencyId,
    agencyName: user.agencyName,
  };
}

export type PanelAuthProvider = AuthProvider &
  Required<Pick<AuthProvider, 'getIdentity' | 'getPermissions' | 'canAccess'>>;

/** Sessions live in an httpOnly cookie set by the API; the panel only keeps who is signed in and the CSRF token. */
export function createAuthProvider(api: ApiClient, session: SessionStore): PanelAuthProvider {
  async function current(): Promise<SessionUser | null> {
    return session.get() ?? (await api.fetchSession());
  }

  return {
    async login(params: Credentials) {
      const username = typeof params.username === 'string' ? params.username.trim() : '';
      const password = typeof params.password === 'string' ? params.password : '';
      try {
        const { body } = await api.request<unknown>('POST', '/auth/login', { body: { username, password } });
        session.set(ZSessionUser.parse(body));
      } catch (error) {
        // A 401 without the API's own wording still means "wrong credentials" here, not "session ended".
        if (statusOf(error) === 401 && error instanceof Error && error.message.startsWith('ra.')) {
          throw new Error('app.login.failed', { cause: error });
        }
        throw error;
      }
    },

    async logout() {
      if (session.get()) {
        try {
          await api.request('POST', '/auth/logout');
        } catch {
          // Already gone on the server (expired, revoked): signing out locally is all that is left.
        }
      }
      session.set(null);
    },

    async checkAuth() {
      if (!(await current())) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error: unknown) {
      // 401: the session ended. 403 is a refusal for this action only, not a reason to sign out.
      if (statusOf(error) === 401) {
        session.set(null);
        throw new Error('ra.notification.logged_out');
      }
    },

    async getIdentity() {
      const user = await current();
      if (!user) throw new Error('ra.auth.auth_check_error');
      return toIdentity(user);
    },

    async getPermissions() {
      return (await current())?.role ?? null;
    },

    async canAccess({ resource, action, record }) {
      return canRoleAccess((await current())?.role, resource, action, record);
    },
  };
}
