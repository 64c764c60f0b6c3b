import {
  ARTICLE_CATEGORY_LABELS,
  excerptAround,
  highlightParts,
  htmlToText,
  type Language,
  type PublicArticle,
} from '@bcdnq/domain/articles';
import { Picture } from './picture.view.js';
import { formatDate } from '../format/date.js';
import { PATHS } from '../i18n/paths.js';

export type ArticleListProps = {
  lang: Language;
  articles: PublicArticle[];
  /** Heading level of each item: h3 under a page's h2 section, h2 directly under the h1. */
  headingLevel?: 2 | 3;
  /** Words to mark in titles and excerpts (search results). */
  highlight?: string;
  /** Shows the first article's cover image (the home page's lead story). */
  leadCover?: boolean;
};

/** A list of article teasers: title link, date, category, lead. */
export function ArticleList({
  lang,
  articles,
  headingLevel = 3,
  highlight,
  leadCover = false,
}: ArticleListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol class="articles">
      {articles.map((article, index) => (
        <li>
          <article>
            {leadCover && index === 0 && article.coverImageUrl ? (
              <Picture url={article.coverImageUrl} alt={article.coverAlt ?? ''} eager />
            ) : null}
            <Heading>
              <a href={PATHS[lang].article(article.slug)}>
                {highlight ? <Highlighted text={article.title} query={highlight} /> : article.title}
              </a>
            </Heading>
            <ArticleMeta lang={lang} article={article} />
            {highlight ? (
              <p>
                <Highlighted
                  text={excerptAround(`${article.lead ?? ''} ${htmlToText(article.body)}`, highlight)}
                  query={highlight}
                />
              </p>
            ) : article.lead ? (
              <p>{article.lead}</p>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}

/** Text with the query's words marked (<mark>), matched without diacritics and only as whole words. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>{highlightParts(text, query).map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}</>
  );
}

export function ArticleMeta({ lang, article }: { lang: Language; article: PublicArticle }) {
  const date = article.publishedAt ? formatDate(article.publishedAt, lang) : '';
  return (
    <p class="meta">
      {date ? <time datetime={article.publishedAt ?? undefined}>{date}</time> : null}
      {date ? ' · ' : null}
      <a href={PATHS[lang].category(article.category)}>{ARTICLE_CATEGORY_LABELS[article.category][lang]}</a>
    </p>
  );
}
