import { ZSessionUser, type SessionUser } from '@bcdnq/domain/users';
import { HttpError } from 'react-admin';
import type { SessionStore } from './session';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The API's one error envelope (application/problem+json), see docs/api.md. */
export type Problem = {
  status?: number;
  code?: string;
  message?: string;
  messageEn?: string;
  correlationId?: string;
  errors?: Record<string, unknown>;
};

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];
export type Query = Record<string, QueryValue>;

export type ApiClientOptions = {
  /** `/api` in the browser; an absolute URL in tests. */
  apiUrl: string;
  session: SessionStore;
  fetch?: FetchLike;
  /** The UI language, to pick the envelope's `message` (vi) or `messageEn`. */
  getLocale?: () => string;
};

export type ApiResponse<T> = { status: number; body: T; headers: Headers };

export type ApiClient = {
  request<T>(method: string, path: string, options?: { query?: Query; body?: unknown }): Promise<ApiResponse<T>>;
  /** GET /api/auth/me: who is signed in, and a fresh CSRF token; null on 401. */
  fetchSession(): Promise<SessionUser | null>;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Appends query parameters; arrays repeat the key (`id=a&id=b`), empty values are left out. */
export function buildQueryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly (string | number | boolean)[]) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns a failed response into react-admin's HttpError. The body is kept whole so that `body.errors` reaches the
 * form (react-admin highlights each field) and `message` is what the notification shows.
 */
export function toHttpError(status: number, body: unknown, locale = 'vi'): HttpError {
  const problem = isProblem(body) ? body : null;
  const localized = locale.startsWith('en') ? (problem?.messageEn ?? problem?.message) : problem?.message;
  const message = localized ?? fallbackMessage(status);
  return new HttpError(message, status, problem ?? { status, message });
}

// Keys of the i18n catalogue: react-admin's notifier translates them.
function fallbackMessage(status: number): string {
  if (status === 401) return 'ra.notification.logged_out';
  if (status === 403) return 'ra.notification.not_authorized';
  if (status === 404) return 'ra.notification.item_doesnt_exist';
  return 'ra.notification.http_error';
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const locale = () => options.getLocale?.() ?? 'vi';
  const base = options.apiUrl.replace(/\/$/, '');

  async function send(method: string, path: string, query?: Query, body?: unknown): Promise<Response> {
    const headers = new Headers({ Accept: 'application/json' });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    if (!SAFE_METHODS.has(method)) {
      const token = options.session.csrfToken();
      if (token) headers.set('X-CSRF-Token', token);
    }
    try {
      return await doFetch(`${base}${path}${query ? buildQueryString(query) : ''}`, {
        method,
        headers,
        credentials: 'include',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new HttpError('ra.notification.offline', 0, null);
    }
  }

  async function fetchSession(): Promise<SessionUser | null> {
    const response = await send('GET', '/auth/me');
    const body = await readBody(response);
    if (response.status === 401) {
      options.session.set(null);
      return null;
    }
    if (!response.ok) throw toHttpError(response.status, body, locale());
    const user = ZSessionUser.parse(body);
    options.session.set(user);
    return user;
  }

  async function request<T>(
    method: string,
    path: string,
    { query, body }: { query?: Query; body?: unknown } = {},
  ): Promise<ApiResponse<T>> {
    // After a reload the token is gone from memory: ask for it before the first mutation.
    if (!SAFE_METHODS.has(method) && !options.session.csrfToken() && !path.startsWith('/auth/')) {
      await fetchSession();
    }
    const response = await send(method, path, query, body);
    const parsed = await readBody(response);
    if (!response.ok) throw toHttpError(response.status, parsed, locale());
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  return { request, fetchSession };
}
