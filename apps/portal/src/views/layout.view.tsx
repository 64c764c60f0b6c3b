import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS, type Language } from '@bcdnq/domain/articles';
import type { Child } from 'hono/jsx';
import { PATHS, otherLanguage } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { Emblem } from './emblem.view.js';
import { feedPath } from './feed.view.js';
import { jsonLdScript } from './json-ld.js';
import { provinceOf, type Site } from './site.js';
import { SITE_CSS } from './site-styles.js';

/** What every page tells browsers, search engines and link previews about itself. */
export type PageHead = {
  lang: Language;
  /** Shown in the tab and in link previews; the site name is appended. */
  title: string;
  description: string;
  /** Absolute URL of this page. */
  canonicalUrl: string;
  ogType?: 'website' | 'article';
  ogImageUrl?: string | null;
  publishedTime?: string | null;
  /** Absolute URLs of the same page in each language, when it exists in both. */
  alternates?: Partial<Record<Language, string>>;
  noindex?: boolean;
  /** When the content last changed (article:modified_time). */
  modifiedTime?: string | null;
  /** Structured data for search engines (schema.org), written as JSON-LD. */
  jsonLd?: Record<string, unknown>;
  /** An extra RSS feed for this page (a category's). */
  feed?: { href: string; title: string };
};

export type LayoutProps = {
  head: PageHead;
  /** Who publishes the site; the province is named in the header and the footer. */
  site?: Site;
  /** The other-language link; defaults to the other language's home page. */
  switchHref?: string;
  searchQuery?: string;
  /** This page's path: its link in the site navigation is marked as the current page. */
  currentPath?: string;
  /** Wider columns (header, main and footer alike), for tables. */
  wide?: boolean;
  children?: Child;
};

export function Layout({ head, site, switchHref, searchQuery, currentPath, wide, children }: LayoutProps) {
  const ui = UI[head.lang];
  const paths = PATHS[head.lang];
  const other = otherLanguage(head.lang);
  const province = provinceOf(site ?? { publicUrl: '' });
  const fullTitle = head.title === ui.siteName ? ui.siteName : `${head.title} | ${ui.siteName}`;
  const wrap = wide ? 'wrap wrap-wide' : 'wrap';
  const navLinks = [
    { href: paths.home(), label: ui.navHome },
    { href: paths.campaigns(), label: ui.navCampaigns },
    { href: paths.documents(), label: ui.documentsTitle },
    { href: paths.about(), label: ui.navAbout },
  ];
  return (
    <html lang={ui.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={head.description} />
        {head.noindex ? <meta name="robots" content="noindex, follow" /> : null}
        <link rel="canonical" href={head.canonicalUrl} />
        {(Object.entries(head.alternates ?? {}) as [Language, string][]).map(([lang, href]) => (
          <link rel="alternate" hreflang={lang} href={href} />
        ))}
        <link rel="alternate" type="application/rss+xml" title={ui.siteName} href={feedPath(head.lang)} />
        {head.feed ? (
          <link rel="alternate" type="application/rss+xml" title={head.feed.title} href={head.feed.href} />
        ) : null}
        {/* One small SVG, cached for a day: the browser asks once, not per page. */}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <meta name="theme-color" content="#7a1717" />
        <meta property="og:site_name" content={ui.siteName} />
        <meta property="og:locale" content={ui.ogLocale} />
        <meta property="og:type" content={head.ogType ?? 'website'} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={head.canonicalUrl} />
        {head.ogImageUrl ? <meta property="og:image" content={head.ogImageUrl} /> : null}
        {head.publishedTime ? <meta property="article:published_time" content={head.publishedTime} /> : null}
        {head.modifiedTime ? <meta property="article:modified_time" content={head.modifiedTime} /> : null}
        <meta name="twitter:card" content={head.ogImageUrl ? 'summary_large_image' : 'summary'} />
        <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
        {head.jsonLd ? (
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: jsonLdScript(head.jsonLd) }}
          />
        ) : null}
      </head>
      <body>
        <a class="skip" href="#main">
          {ui.skipLink}
        </a>
        <header class="site-header">
          <div class={wrap}>
            <a class="brand" href={paths.home()}>
              <Emblem />
              <span>{ui.committeeOf(province)}</span>
            </a>
            <p class="tagline">{ui.siteTagline}</p>
            <nav class="site-nav" aria-label={ui.mainNavLabel}>
              <ul>
                {navLinks.map((link) => (
                  <li>
                    <a href={link.href} aria-current={link.href === currentPath ? 'page' : undefined}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div class="bar">
              <form class="search" role="search" action={paths.search()} method="get">
                <label for="site-search" class="sr-only">
                  {ui.searchLabel}
                </label>
                <input
                  id="site-search"
                  type="search"
                  name="q"
                  value={searchQuery ?? ''}
                  placeholder={ui.searchPlaceholder}
                  maxlength={200}
                />
                <button type="submit">{ui.searchButton}</button>
              </form>
              <a class="lang-switch" href={switchHref ?? PATHS[other].home()} hreflang={other} lang={other}>
                {ui.switchLanguageName}
              </a>
            </div>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class={wrap}>{children}</div>
        </main>
        <footer class="site-footer">
          <div class={wrap}>
            <nav aria-labelledby="footer-categories">
              <h2 id="footer-categories" class="footer-heading">
                {ui.categoriesLabel}
              </h2>
              <ul class="footer-links">
                {ARTICLE_CATEGORIES.map((category) => (
                  <li>
                    <a href={paths.category(category)}>{ARTICLE_CATEGORY_LABELS[category][head.lang]}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <p>{ui.publishedBy(province)}</p>
            <ul class="footer-links">
              <li>
                <a href={paths.about()}>{ui.navAbout}</a>
              </li>
              <li>
                <a href={paths.contact()}>{ui.footerContact}</a>
              </li>
              <li>
                <a href={paths.accessibility()}>{ui.footerAccessibility}</a>
              </li>
              <li>
                <a href={feedPath(head.lang)}>RSS</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
