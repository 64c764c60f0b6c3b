import { ARTICLE_CATEGORY_LABELS, type Language } from '@bcdnq/domain/articles';
import type { FeedData } from '../loaders/articles.loader.js';
import { PATHS } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { pageUrl, type Site } from './site.js';
import { escapeXml } from './xml-escape.js';

/** The RSS 2.0 feed path of a language. */
export function feedPath(lang: Language): string {
  return lang === 'vi' ? '/rss.xml' : '/en/rss.xml';
}

/** The newest articles as RSS 2.0. A string template, so every value goes through `escapeXml`. */
export function renderFeed(site: Site, { lang, articles, category }: FeedData): string {
  const ui = UI[lang];
  const self = category ? PATHS[lang].feed(category) : feedPath(lang);
  const title = category ? `${ARTICLE_CATEGORY_LABELS[category][lang]} | ${ui.siteName}` : ui.siteName;
  const home = category ? PATHS[lang].category(category) : PATHS[lang].home();
  const e = escapeXml;
  const items = articles.map((article) => {
    const link = pageUrl(site, PATHS[lang].article(article.slug));
    return [
      '<item>',
      `<title>${e(article.title)}</title>`,
      `<link>${e(link)}</link>`,
      `<guid isPermaLink="true">${e(link)}</guid>`,
      article.publishedAt ? `<pubDate>${e(new Date(article.publishedAt).toUTCString())}</pubDate>` : '',
      `<category>${e(ARTICLE_CATEGORY_LABELS[article.category][lang])}</category>`,
      article.lead ? `<description>${e(article.lead)}</description>` : '',
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${e(title)}</title>`,
    `<link>${e(pageUrl(site, home))}</link>`,
    `<atom:link href="${e(pageUrl(site, self))}" rel="self" type="application/rss+xml"/>`,
    `<description>${e(ui.homeDescription)}</description>`,
    `<language>${lang}</language>`,
    ...items,
    '</channel></rss>',
  ].join('\n');
}
