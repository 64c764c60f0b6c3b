import { ARTICLE_CATEGORY_LABELS } from '@bcdnq/domain/articles';
import { formatDate } from '../format/date.js';
import type { ArticleData } from '../loaders/articles.loader.js';
import { PATHS } from '../i18n/paths.js';
import { UI } from '../i18n/ui-strings.js';
import { Layout } from './layout.view.js';
import { absoluteUrl, pageUrl, safeImageSrc, summarize, type Site } from './site.js';

/** One article. `body` is HTML the API has already sanitised; it is the only unescaped content on the portal. */
export function ArticleView({ site, data }: { site: Site; data: ArticleData }) {
  const { lang, article } = data;
  const ui = UI[lang];
  const paths = PATHS[lang];
  const cover = safeImageSrc(article.coverImageUrl);
  const date = article.publishedAt ? formatDate(article.publishedAt, lang) : '';
  const description = summarize(article.lead ?? '') || ui.homeDescription;
  return (
    <Layout
      head={{
        lang,
        title: article.title,
        description,
        canonicalUrl: pageUrl(site, paths.article(article.slug)),
        ogType: 'article',
        ogImageUrl: cover ? absoluteUrl(site, cover) : null,
        publishedTime: article.publishedAt,
      }}
    >
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
          </p>
        </header>
        {article.lead ? <p class="lead">{article.lead}</p> : null}
        {cover ? (
          <figure>
            <img src={cover} alt="" decoding="async" />
            {article.coverCaption ? <figcaption>{article.coverCaption}</figcaption> : null}
          </figure>
        ) : null}
        <div class="prose" dangerouslySetInnerHTML={{ __html: article.body }} />
        {article.tags.length > 0 ? (
          <p class="tags">
            {ui.tags}: {article.tags.join(', ')}
          </p>
        ) : null}
      </article>
      <p>
        <a href={paths.home()}>{ui.backHome}</a>
      </p>
    </Layout>
  );
}
