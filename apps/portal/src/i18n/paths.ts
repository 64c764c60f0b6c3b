import type { Language } from '@bcdnq/domain/articles';

/** The portal's URL layout: Vietnamese at the root, English under /en/. */
export type Paths = {
  home: (page?: number) => string;
  article: (slug: string) => string;
  search: (q?: string, page?: number) => string;
};

function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function pathsFor(prefix: string, articleSegment: string, searchSegment: string): Paths {
  return {
    home: (page) => withQuery(`${prefix}/`, { page }),
    article: (slug) => `${prefix}/${articleSegment}/${encodeURIComponent(slug)}`,
    search: (q, page) => withQuery(`${prefix}/${searchSegment}`, { q, page }),
  };
}

export const PATHS: Record<Language, Paths> = {
  vi: pathsFor('', 'bai-viet', 'tim-kiem'),
  en: pathsFor('/en', 'articles', 'search'),
};

/** Which language a request path belongs to (used by the 404 and 503 pages). */
export function languageOfPath(pathname: string): Language {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'vi';
}

export function otherLanguage(lang: Language): Language {
  return lang === 'vi' ? 'en' : 'vi';
}
