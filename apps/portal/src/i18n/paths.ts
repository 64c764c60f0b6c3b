import type { Language, PublicArticle } from '@bcdnq/domain/articles';

export type ArticleCategory = PublicArticle['category'];

/** The portal's URL layout: Vietnamese at the root, English under /en/. */
export type Paths = {
  home: (page?: number) => string;
  article: (slug: string) => string;
  search: (q?: string, page?: number) => string;
  category: (category: ArticleCategory, page?: number) => string;
  /** The published documents (Văn bản). */
  documents: (page?: number) => string;
  document: (slug: string) => string;
  campaigns: (page?: number) => string;
  campaign: (slug: string) => string;
  about: () => string;
  contact: () => string;
  accessibility: () => string;
  /** The RSS feed of the whole language, or of one category. */
  feed: (category?: ArticleCategory) => string;
};

type Segments = {
  prefix: string;
  article: string;
  search: string;
  category: string;
  documents: string;
  campaigns: string;
  about: string;
  contact: string;
  accessibility: string;
};

/** The path segments of each language; routes are registered from these, links are built from these. */
export const SEGMENTS: Record<Language, Segments> = {
  vi: {
    prefix: '',
    article: 'bai-viet',
    search: 'tim-kiem',
    category: 'chuyen-muc',
    documents: 'van-ban',
    campaigns: 'chien-dich',
    about: 'gioi-thieu',
    contact: 'lien-he',
    accessibility: 'tuyen-bo-tiep-can',
  },
  en: {
    prefix: '/en',
    article: 'articles',
    search: 'search',
    category: 'categories',
    documents: 'documents',
    campaigns: 'campaigns',
    about: 'about',
    contact: 'contact',
    accessibility: 'accessibility',
  },
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

function pathsFor(lang: Language): Paths {
  const { prefix, article, search, category, documents, campaigns, about, contact, accessibility } =
    SEGMENTS[lang];
  return {
    home: (page) => withQuery(`${prefix}/`, { page }),
    article: (slug) => `${prefix}/${article}/${encodeURIComponent(slug)}`,
    search: (q, page) => withQuery(`${prefix}/${search}`, { q, page }),
    category: (name, page) => withQuery(`${prefix}/${category}/${name}`, { page }),
    documents: (page) => withQuery(`${prefix}/${documents}`, { page }),
    document: (slug) => `${prefix}/${documents}/${encodeURIComponent(slug)}`,
    campaigns: (page) => withQuery(`${prefix}/${campaigns}`, { page }),
    campaign: (slug) => `${prefix}/${campaigns}/${encodeURIComponent(slug)}`,
    about: () => `${prefix}/${about}`,
    contact: () => `${prefix}/${contact}`,
    accessibility: () => `${prefix}/${accessibility}`,
    feed: (name) => (name ? `${prefix}/${category}/${name}/rss.xml` : `${prefix}/rss.xml`),
  };
}

export const PATHS: Record<Language, Paths> = { vi: pathsFor('vi'), en: pathsFor('en') };

/** Which language a request path belongs to (used by the 404 and 503 pages). */
export function languageOfPath(pathname: string): Language {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'vi';
}

export function otherLanguage(lang: Language): Language {
  return lang === 'vi' ? 'en' : 'vi';
}
