import { ARTICLE_CATEGORY_LABELS, type PublicArticle } from '@bcdnq/domain/articles';
import { formatDate } from '../format/date.js';
import type { ArticleData } from '../loaders/articles.loader.js';
import { PATHS, otherLanguage } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { ArticleList } from './article-list.view.js';
import { Layout } from './layout.view.js';
import { Picture } from './picture.view.js';
import { absoluteUrl, pageUrl, provinceOf, safeImageSrc, summarize, type Site } from './site.js';
import { mediaSources } from '@bcdnq/domain/media';

/** schema.org NewsArticle: what search engines and news aggregators read about a story. */
export function newsArticleJsonLd(site: Site, article: PublicArticle, url: string, imageUrl: string | null) {
  const ui = UI[article.language];
  const publisher = ui.committeeOf(provinceOf(site));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title.slice(0, 110),
    description: article.lead ?? undefined,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    inLanguage: article.language,
    mainEntityOfPage: url,
    url,
    ...(imageUrl ? { image: [imageUrl] } : {}),
    author: article.byline
      ? { '@type': 'Person', name: article.byline }
      : { '@type': 'GovernmentOrganization', name: article.sourceAgency ?? publisher },
    publisher: {
      '@type': 'GovernmentOrganization',
      name: publisher,
      url: pageUrl(site, PATHS[article.language].home()),
      logo: { '@type': 'ImageObject', url: pageUrl(site, '/logo.svg'), width: 512, height: 512 },
    },
    articleSection: ARTICLE_CATEGORY_LABELS[article.category][article.language],
    ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
  };
}

/** One article. `body` is HTML the API has already sanitised; it is the only unescaped content on the portal. */
export function ArticleView({ site, data }: { site: Site; data: ArticleData }) {
  const { lang, article, related = [], preview = false } = data;
  const ui = UI[lang];
  const paths = PATHS[lang];
  const cover = safeImageSrc(article.coverImageUrl);
  // Previews (Open Graph) want one large image: the widest WebP of our own media, or the outside URL.
  const ogImage = cover ? absoluteUrl(site, mediaSources(cover)?.fallback ?? cover) : null;
  const date = article.publishedAt ? formatDate(article.publishedAt, lang) : '';
  const description = summarize(article.lead ?? '') || ui.homeDescription;
  const url = pageUrl(site, paths.article(article.slug));
  const other = otherLanguage(lang);
  const translation = article.translation;
  return (
    <Layout
      site={site}
      head={{
        lang,
        title: article.title,
        description,
        canonicalUrl: url,
        ogType: 'article',
        ogImageUrl: ogImage,
        publishedTime: article.publishedAt,
        modifiedTime: article.updatedAt,
        alternates: translation
          ? {
              [lang]: url,
              [translation.language]: pageUrl(site, PATHS[translation.language].article(translation.slug)),
            }
          : undefined,
        jsonLd: preview ? undefined : newsArticleJsonLd(site, article, url, ogImage),
        noindex: preview,
      }}
      switchHref={translation ? PATHS[translation.language].article(translation.slug) : PATHS[other].home()}
    >
      {preview ? <p class="empty">{ui.previewNotice}</p> : null}
      <article>
        <header>
          <p class="meta">
            <span class="sr-only">{ui.category}: </span>
            <a href={paths.category(article.category)}>{ARTICLE_CATEGORY_LABELS[article.category][lang]}</a>
          </p>
          <h1>{article.title}</h1>
          <p class="meta">
            {date ? (
              <>
                <span class="sr-only">{ui.publishedOn}: </span>
                <time datetime={article.publishedAt ?? undefined}>{date}</time>
              </>
            ) : null}
            {date && article.byline ? ' · ' : null}
            {article.byline ? (
              <span class="byline">
                <span class="sr-only">{ui.byline}: </span>
                {article.byline}
              </span>
            ) : null}
            {article.sourceAgency ? (
              <>
                {' · '}
                {ui.sourceAgency}: {article.sourceAgency}
              </>
            ) : null}
          </p>
          {article.campaign ? (
            <p class="meta">
              {ui.campaignOf}: <a href={paths.campaign(article.campaign.slug)}>{article.campaign.name}</a>
            </p>
          ) : null}
        </header>
        {article.lead ? <p class="lead">{article.lead}</p> : null}
        {cover ? (
          <figure>
            <Picture url={cover} alt={article.coverAlt ?? ''} eager />
            {article.coverCaption ? <figcaption>{article.coverCaption}</figcaption> : null}
          </figure>
        ) : null}
        <div class="prose" dangerouslySetInnerHTML={{ __html: article.body }} />
        {article.tags.length > 0 ? (
          <p class="tags">
            {ui.tags}: {article.tags.join(', ')}
          </p>
        ) : null}
        {translation ? (
          <p>
            <a
              href={PATHS[translation.language].article(translation.slug)}
              hreflang={translation.language}
              lang={translation.language}
            >
              {UI[translation.language].readInOther}
            </a>
          </p>
        ) : null}
      </article>
      {related.length > 0 ? (
        <section class="related" aria-labelledby="related-heading">
          <h2 id="related-heading">{ui.relatedHeading}</h2>
          <ArticleList lang={lang} articles={related} />
        </section>
      ) : null}
      <p>
        <a href={paths.home()}>{ui.backHome}</a>
      </p>
    </Layout>
  );
}
