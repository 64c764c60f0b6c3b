import { ARTICLE_CATEGORY_LABELS, type Language, type PublicArticle } from '@bcdnq/domain/articles';
import { formatDate } from '../format/date.js';
import { PATHS } from '../i18n/paths.js';

export type ArticleListProps = {
  lang: Language;
  articles: PublicArticle[];
  /** Heading level of each item: h3 under a page's h2 section, h2 directly under the h1. */
  headingLevel?: 2 | 3;
};

/** A list of article teasers: title link, date, category, lead. */
export function ArticleList({ lang, articles, headingLevel = 3 }: ArticleListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol class="articles">
      {articles.map((article) => (
        <li>
          <article>
            <Heading>
              <a href={PATHS[lang].article(article.slug)}>{article.title}</a>
            </Heading>
            <ArticleMeta lang={lang} article={article} />
            {article.lead ? <p>{article.lead}</p> : null}
          </article>
        </li>
      ))}
    </ol>
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
