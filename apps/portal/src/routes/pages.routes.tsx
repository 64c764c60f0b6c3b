import type { Language } from '@bcdnq/domain/articles';
import type { Context, Hono } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ArticlesApi } from '../api/articles.client.js';
import type { CampaignsApi } from '../api/campaigns.client.js';
import type { DocumentsApi } from '../api/documents.client.js';
import type { PortalEnv } from '../app-env.js';
import { SEGMENTS } from '../i18n/paths.js';
import { loadArticle, loadCategory, loadFeed, loadHome } from '../loaders/articles.loader.js';
import { loadCampaign, loadCampaigns } from '../loaders/campaigns.loader.js';
import { loadDocument, loadDocuments } from '../loaders/documents.loader.js';
import { parsePage, type LoadResult } from '../loaders/load-result.js';
import { loadSearch, normalizeQuery } from '../loaders/search.loader.js';
import { loadSitemap } from '../loaders/sitemap.loader.js';
import { ArticleView } from '../views/article.view.js';
import { CampaignView, CampaignsView } from '../views/campaign.view.js';
import { DocumentView } from '../views/document.view.js';
import { DocumentsView } from '../views/documents.view.js';
import { CategoryView } from '../views/category.view.js';
import { EMBLEM_SVG } from '../views/emblem.view.js';
import { NotFoundView } from '../views/error.view.js';
import { feedPath, renderFeed } from '../views/feed.view.js';
import { HomeView } from '../views/home.view.js';
import { renderDocument } from '../views/render.js';
import { SearchView } from '../views/search.view.js';
import type { Site } from '../views/site.js';
import { renderSitemap } from '../views/sitemap.view.js';
import { StaticPageView } from '../views/static-pages.view.js';
import { CACHE_ARTICLE, CACHE_LIST, CACHE_NONE, CACHE_NOT_FOUND, CACHE_STATIC } from './cache-control.js';

export type PageRouteDeps = {
  api: ArticlesApi;
  documents: DocumentsApi;
  campaigns: CampaignsApi;
  site: Site;
};

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

/** Every page in both languages: route → loader → view. */
export function registerPageRoutes(
  app: Hono<PortalEnv>,
  { api, documents, campaigns, site }: PageRouteDeps,
): void {
  for (const lang of ['vi', 'en'] as const) {
    const segments = SEGMENTS[lang];
    const prefix = segments.prefix;

    app.get(`${prefix}/`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const result = await loadHome(api, { lang, page }, c.get('requestContext'), campaigns);
      return respond(c, site, lang, result, CACHE_LIST, (data) => <HomeView site={site} data={data} />);
    });

    app.get(`${prefix}/${segments.article}/:slug`, async (c) => {
      const result = await loadArticle(api, { lang, slug: c.req.param('slug') }, c.get('requestContext'));
      return respond(c, site, lang, result, CACHE_ARTICLE, (data) => <ArticleView site={site} data={data} />);
    });

    app.get(`${prefix}/${segments.category}/:category/rss.xml`, async (c) => {
      const data = await loadFeed(api, { lang, category: c.req.param('category') }, c.get('requestContext'));
      if (!data) return respondNotFound(c, site, lang);
      c.header('cache-control', CACHE_LIST);
      c.header('content-type', 'application/rss+xml; charset=utf-8');
      return c.body(renderFeed(site, data));
    });

    app.get(`${prefix}/${segments.category}/:category`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const result = await loadCategory(
        api,
        { lang, category: c.req.param('category'), page },
        c.get('requestContext'),
      );
      return respond(c, site, lang, result, CACHE_LIST, (data) => <CategoryView site={site} data={data} />);
    });

    app.get(`${prefix}/${segments.search}`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const q = normalizeQuery(c.req.query('q'));
      const result = await loadSearch(api, { lang, q, page }, c.get('requestContext'), documents);
      return respond(c, site, lang, result, CACHE_LIST, (data) => <SearchView site={site} data={data} />);
    });

    app.get(`${prefix}/${segments.documents}`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const result = await loadDocuments(documents, { lang, page }, c.get('requestContext'));
      return respond(c, site, lang, result, CACHE_LIST, (data) => <DocumentsView site={site} data={data} />);
    });

    app.get(`${prefix}/${segments.documents}/:slug`, async (c) => {
      const result = await loadDocument(
        documents,
        { lang, slug: c.req.param('slug') },
        c.get('requestContext'),
      );
      return respond(c, site, lang, result, CACHE_ARTICLE, (data) => (
        <DocumentView site={site} data={data} />
      ));
    });

    app.get(`${prefix}/${segments.campaigns}`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const result = await loadCampaigns(campaigns, { lang, page }, c.get('requestContext'));
      return respond(c, site, lang, result, CACHE_LIST, (data) => <CampaignsView site={site} data={data} />);
    });

    app.get(`${prefix}/${segments.campaigns}/:slug`, async (c) => {
      const page = parsePage(c.req.query('page'));
      if (page === null) return respondNotFound(c, site, lang);
      const result = await loadCampaign(
        campaigns,
        api,
        { lang, slug: c.req.param('slug'), page },
        c.get('requestContext'),
      );
      return respond(c, site, lang, result, CACHE_LIST, (data) => <CampaignView site={site} data={data} />);
    });

    for (const page of ['about', 'contact', 'accessibility'] as const) {
      app.get(`${prefix}/${segments[page]}`, async (c) => {
        c.header('cache-control', CACHE_STATIC);
        return c.html(await renderDocument(<StaticPageView site={site} lang={lang} page={page} />));
      });
    }

    app.get(feedPath(lang), async (c) => {
      const data = await loadFeed(api, { lang }, c.get('requestContext'));
      c.header('cache-control', CACHE_LIST);
      c.header('content-type', 'application/rss+xml; charset=utf-8');
      return c.body(data ? renderFeed(site, data) : '');
    });
  }

  // Staff preview of an unpublished article, rendered exactly as readers will see it. The reader's own session
  // (cookie) is passed to the API, which decides; nothing here is cached or indexed.
  app.get('/xem-truoc/:id', async (c) => {
    const article = await api.preview(
      c.req.param('id'),
      c.req.header('cookie') ?? '',
      c.get('requestContext'),
    );
    c.header('cache-control', CACHE_NONE);
    if (!article) return c.html(await renderDocument(<NotFoundView site={site} lang="vi" />), 404);
    return c.html(
      await renderDocument(
        <ArticleView site={site} data={{ lang: article.language, article, related: [], preview: true }} />,
      ),
    );
  });

  app.get('/sitemap.xml', async (c) => {
    const data = await loadSitemap(api, campaigns, documents, c.get('requestContext'));
    c.header('cache-control', CACHE_LIST);
    c.header('content-type', 'application/xml; charset=utf-8');
    return c.body(renderSitemap(site, data));
  });

  for (const path of ['/favicon.svg', '/logo.svg']) {
    app.get(path, (c) => {
      c.header('cache-control', 'public, max-age=604800');
      c.header('content-type', 'image/svg+xml');
      return c.body(EMBLEM_SVG);
    });
  }
  // Browsers that ignore the <link rel="icon"> ask for /favicon.ico: send them to the SVG instead of a 404 page.
  app.get('/favicon.ico', (c) => {
    c.header('cache-control', 'public, max-age=604800');
    return c.redirect('/favicon.svg', 301);
  });

  app.get('/en', (c) => c.redirect('/en/', 301));
}
