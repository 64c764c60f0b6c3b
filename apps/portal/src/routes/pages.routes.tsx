import type { Language } from '@bcdnq/domain/articles';
import type { Context, Hono } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ArticlesApi } from '../api/articles.client.js';
import type { DocumentsApi } from '../api/documents.client.js';
import type { PortalEnv } from '../app-env.js';
import { SEGMENTS } from '../i18n/paths.js';
import { loadArticle, loadCategory, loadFeed, loadHome } from '../loaders/articles.loader.js';
import { loadDocuments } from '../loaders/documents.loader.js';
import { parsePage, type LoadResult } from '../loaders/load-result.js';
import { loadSearch, normalizeQuery } from '../loaders/search.loader.js';
import { ArticleView } from '../views/article.view.js';
import { DocumentsView } from '../views/documents.view.js';
import { CategoryView } from '../views/category.view.js';
import { NotFoundView } from '../views/error.view.js';
import { feedPath, renderFeed } from '../views/feed.view.js';
import { HomeView } from '../views/home.view.js';
import { renderDocument } from '../views/render.js';
import { SearchView } from '../views/search.view.js';
import type { Site } from '../views/site.js';
import { CACHE_ARTICLE, CACHE_LIST, CACHE_NOT_FOUND } from './cache-control.js';

export type PageRouteDeps = { api: ArticlesApi; documents: DocumentsApi; site: Site };

/** Renders the 404 page in the request's language. */
export async function respondNotFound(c: Context<PortalEnv>, site: Site, lang: Language): Promise<Response> {
  c.header('cache-control', CACHE_NOT_FOUND);
  return c.html(await renderDocument(<NotFoundView site={site} lang={lang} />), 404);
}

async function respond<T>(
  c: Context<PortalEnv>,
  site: Site,
  lang: Language,
  result: LoadResult<T>,
  cacheControl: string,
  view: (data: T) => JSX.Element,
): Promise<Response> {
  switch (result.status) {
    case 'not-found':
      return respondNotFound(c, site, lang);
    case 'redirect':
      c.header('cache-control', cacheControl);
      return c.redirect(result.location, 301);
    case 'ok':
      c.header('cache-control', cacheControl);
      return c.html(await renderDocument(view(result.data)), 200);
  }
}

/** Home, article, category, search and document pages in both languages: route → loader → view. */
export function registerPageRoutes(app: Hono<PortalEnv>, { api, documents, site }: PageRouteDeps): void {
  for (const lang of ['vi', 'en'] as const) {
    const segments = SEGMENTS[lang];

    app.get(`${segments.prefix}/`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const result = await loadHome(api, { lang, page }, { correlationId: c.get('correlationId') });
      return respond(c, site, lang, result, CACHE_LIST, (data) => <HomeView site={site} data={data} />);
    });

    app.get(`${segments.prefix}/${segments.article}/:slug`, async (c) => {
      const result = await loadArticle(api, { lang, slug: c.req.param('slug') }, { correlationId: c.get('correlationId') });
      return respond(c, site, lang, result, CACHE_ARTICLE, (data) => <ArticleView site={site} data={data} />);
    });

    app.get(`${segments.prefix}/${segments.category}/:category`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const result = await loadCategory(
        api,
        { lang, category: c.req.param('category'), page },
        { correlationId: c.get('correlationId') },
      );
      return respond(c, site, lang, result, CACHE_LIST, (data) => <CategoryView site={site} data={data} />);
    });

    app.get(`${segments.prefix}/${segments.search}`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const q = normalizeQuery(c.req.query('q'));
      const result = await loadSearch(api, { lang, q, page }, { correlationId: c.get('correlationId') });
      return respond(c, site, lang, result, CACHE_LIST, (data) => <SearchView site={site} data={data} />);
    });

    app.get(`${segments.prefix}/${segments.documents}`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const result = await loadDocuments(documents, { lang, page }, { correlationId: c.get('correlationId') });
      return respond(c, site, lang, result, CACHE_LIST, (data) => <DocumentsView site={site} data={data} />);
    });

    app.get(feedPath(lang), async (c) => {
      const data = await loadFeed(api, { lang }, { correlationId: c.get('correlationId') });
      c.header('cache-control', CACHE_LIST);
      c.header('content-type', 'application/rss+xml; charset=utf-8');
      return c.body(renderFeed(site, data));
    });
  }

  app.get('/en', (c) => c.redirect('/en/', 301));
}
