import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS, type Language } from '@bcdnq/domain/articles';
import type { Child } from 'hono/jsx';
import { PATHS, otherLanguage } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { feedPath } from './feed.view.js';
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
};

export type LayoutProps = {
  head: PageHead;
  /** The other-language link; defaults to the other language's home page. */
  switchHref?: string;
  searchQuery?: string;
  /** This page's path: its link in the site navigation is marked as the current page. */
  currentPath?: string;
  /** Wider columns (header, main and footer alike), for tables. */
  wide?: boolean;
  children?: Child;
};

export function Layout({ head, switchHref, searchQuery, currentPath, wide, children }: LayoutProps) {
  const ui = UI[head.lang];
  const paths = PATHS[head.lang];
  const other = otherLanguage(head.lang);
  const fullTitle = head.title === ui.siteName ? ui.siteName : `${head.title} | ${ui.siteName}`;
  const wrap = wide ? 'wrap wrap-wide' : 'wrap';
  const navLinks = [
    { href: paths.home(), label: ui.navHome },
    { href: paths.documents(), label: ui.documentsTitle },
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
        {/* No favicon file: an empty data: icon saves cheap phones a request (and a 404) per page. */}
        <link rel="icon" href="data:," />
        <meta name="theme-color" content="#7a1717" />
        <meta property="og:site_name" content={ui.siteName} />
        <meta property="og:locale" content={ui.ogLocale} />
        <meta property="og:type" content={head.ogType ?? 'website'} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={head.canonicalUrl} />
        {head.ogImageUrl ? <meta property="og:image" content={head.ogImageUrl} /> : null}
        {head.publishedTime ? <meta property="article:published_time" content={head.publishedTime} /> : null}
        <meta name="twitter:card" content={head.ogImageUrl ? 'summary_large_image' : 'summary'} />
        <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
      </head>
      <body>
        <a class="skip" href="#main">
          {ui.skipLink}
        </a>
        <header class="site-header">
          <div class={wrap}>
            <a class="brand" href={paths.home()}>
              {ui.siteName}
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
            <p>{ui.footerNote}</p>
            <p>
              <a href={feedPath(head.lang)}>RSS</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
