import { type Problem as DomainProblem, ZProblem } from '@bcdnq/domain/common';
import { ZSessionUser, type SessionUser } from '@bcdnq/domain/users';
import { HttpError } from 'react-admin';
import type { SessionStore } from './session';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** What the admin reads of an error answer: the API's one envelope, as far as it came (a proxy may send less). */
export type Problem = Partial<DomainProblem>;
const ZProblemAsFarAsItCame = ZProblem.partial();

export type QueryValue =
  string | number | boolean | null | undefined | readonly (string | number | boolean)[];
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

/** Upload progress as a fraction 0…1 of the bytes sent. */
export type UploadProgress = (fraction: number) => void;

/** A file the API sent back (Word, Excel, an attachment) with the name it suggested. */
export type DownloadedFile = { blob: Blob; fileName: string };

export type RequestOptions = {
  query?: Query;
  /** JSON body. */
  body?: unknown;
  /** multipart/form-data body (files); the browser sets the boundary. */
  form?: FormData;
  /** With `form`: reports upload progress (XMLHttpRequest in the browser; fetch cannot tell). */
  onProgress?: UploadProgress;
};

export type ApiClient = {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** GET a file with the session cookie (POST with `body`, e.g. an edited text); errors are the usual HttpError. */
  download(path: string, query?: Query, body?: unknown): Promise<DownloadedFile>;
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
  return ZProblemAsFarAsItCame.safeParse(value).success;
}

/**
 * Turns a failed response into react-admin's HttpError. The body is kept whole so that `body.errors` reaches the
 * form (react-admin highlights each field) and `message` is what the notification shows.
 */
export function toHttpError(status: number, body: unknown, locale = 'vi'): HttpError {
  const problem = isProblem(body) ? body : null;
  const english = locale.startsWith('en');
  const localized = english ? (problem?.messageEn ?? problem?.message) : problem?.message;
  let message = localized ?? fallbackMessage(status);
  // A server fault is for the administrator: give the user the reference that finds it in the logs.
  if (status >= 500 && problem?.correlationId) {
    message = `${message} (${english ? 'reference' : 'mã tra cứu'}: ${problem.correlationId})`;
  }
  return new HttpError(message, status, problem ?? { status, message });
}

// Keys of the i18n catalogue: react-admin's notifier translates them.
function fallbackMessage(status: number): string {
  if (status === 401) return 'ra.notification.logged_out';
  if (status === 403) return 'ra.notification.not_authorized';
  if (status === 404) return 'ra.notification.item_doesnt_exist';
  if (status === 413) return 'app.upload.too_large';
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

  async function send(
    method: string,
    path: string,
    query?: Query,
    body?: unknown,
    upload?: Pick<RequestOptions, 'form' | 'onProgress'>,
    accept = 'application/json',
  ): Promise<Response> {
    const headers = new Headers({ Accept: accept });
    if (body !== undefined && !upload?.form) headers.set('Content-Type', 'application/json');
    if (!SAFE_METHODS.has(method)) {
      const token = options.session.csrfToken();
      if (token) headers.set('X-CSRF-Token', token);
    }
    const url = `${base}${path}${query ? buildQueryString(query) : ''}`;
    if (upload?.form && upload.onProgress && typeof XMLHttpRequest !== 'undefined' && !options.fetch) {
      return xhrSend(method, url, headers, upload.form, upload.onProgress);
    }
    try {
      return await doFetch(url, {
        method,
        headers,
        credentials: 'include',
        body: upload?.form ?? (body === undefined ? undefined : JSON.stringify(body)),
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
    { query, body, form, onProgress }: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    // After a reload the token is gone from memory: ask for it before the first mutation.
    if (!SAFE_METHODS.has(method) && !options.session.csrfToken() && !path.startsWith('/auth/')) {
      await fetchSession();
    }
    const response = await send(method, path, query, body, form ? { form, onProgress } : undefined);
    const parsed = await readBody(response);
    if (!response.ok) throw toHttpError(response.status, parsed, locale());
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  async function download(path: string, query?: Query, body?: unknown): Promise<DownloadedFile> {
    if (body !== undefined && !options.session.csrfToken()) await fetchSession();
    const response = await send(body === undefined ? 'GET' : 'POST', path, query, body, undefined, '*/*');
    if (!response.ok) throw toHttpError(response.status, await readBody(response), locale());
    const fallback = path.split('/').pop() ?? 'tai-ve';
    return {
      blob: await response.blob(),
      fileName: fileNameFromDisposition(response.headers.get('content-disposition'), fallback),
    };
  }

  return { request, fetchSession, download };
}

/** `attachment; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.docx` → `Kế hoạch.docx` (RFC 6266), else the fallback. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // malformed escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** A Response-like object from an XMLHttpRequest, so both paths read bodies and errors the same way. */
function xhrSend(
  method: string,
  url: string,
  headers: Headers,
  form: FormData,
  onProgress: UploadProgress,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    headers.forEach((value, key) => xhr.setRequestHeader(key, value));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      onProgress(1);
      const responseHeaders = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) responseHeaders.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      // A 204 cannot carry a body in the Response constructor.
      const body = xhr.status === 204 ? null : xhr.responseText;
      resolve(new Response(body, { status: xhr.status, headers: responseHeaders }));
    };
    xhr.onerror = () => reject(new HttpError('ra.notification.offline', 0, null));
    xhr.onabort = () => reject(new HttpError('ra.notification.offline', 0, null));
    xhr.send(form);
  });
}
