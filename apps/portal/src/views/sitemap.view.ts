import { ARTICLE_CATEGORIES, LANGUAGES } from '@bcdnq/domain/articles';
import { PATHS } from '../i18n/paths.js';
import type { SitemapData } from '../loaders/sitemap.loader.js';
import { pageUrl, type Site } from './site.js';
import { escapeXml } from './xml-escape.js';

/** sitemap.xml: home, categories, campaigns, documents and articles of both languages, with their last change. */
export function renderSitemap(site: Site, data: SitemapData): string {
  const e = escapeXml;
  const urls: { loc: string; lastmod?: string | null }[] = [];
  for (const lang of LANGUAGES) {
    const paths = PATHS[lang];
    urls.push(
      { loc: paths.home() },
      { loc: paths.campaigns() },
      { loc: paths.documents() },
      { loc: paths.about() },
    );
    for (const category of ARTICLE_CATEGORIES) urls.push({ loc: paths.category(category) });
    for (const campaign of data.campaigns) urls.push({ loc: paths.campaign(campaign.slug) });
    for (const document of data.documents)
      urls.push({ loc: paths.document(document.slug), lastmod: document.publishedAt });
  }
  for (const article of data.articles)
    urls.push({ loc: PATHS[article.language].article(article.slug), lastmod: article.updatedAt });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (u) =>
        `<url><loc>${e(pageUrl(site, u.loc))}</loc>${u.lastmod ? `<lastmod>${e(u.lastmod.slice(0, 10))}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
  ].join('\n');
}
